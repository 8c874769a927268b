import { describe, expect, it } from 'vitest';
import { parseChcpOutput } from '../../parsers/chcp';
import { recognizeSystemError } from '../../parsers/system-error';
import { hostMessages, NET_TEXT, shareListText, type NetText } from './messages';
import { asCopied } from './testing/published-text';
import error_5 from '../../fixtures/windows-outputs/error__winxp__en__01.txt?raw';
import error_71 from '../../fixtures/windows-outputs/error__winxp__en__03.txt?raw';

describe('hostMessages against real captures', () => {
  it('prints system error 5 as the capture error winxp 01 (modulo line endings and net.exe’s closing empty line)', () => {
    expect(asCopied(hostMessages('en').systemError(5))).toBe(error_5);
  });

  it('prints system error 71 with the NET text Microsoft’s KB 328459 quotes (error winxp 03)', () => {
    expect(asCopied(hostMessages('en').systemError(71))).toBe(error_71);
  });

  it('ends net.exe messages with an empty line, as transcripts that show the next prompt do', () => {
    expect(hostMessages('en').systemError(5)).toBe('System error 5 has occurred.\r\n\r\nAccess is denied.\r\n\r\n');
    expect(hostMessages('de').systemError(5)).toBe('Systemfehler 5 aufgetreten.\r\n\r\nZugriff verweigert.\r\n\r\n');
    expect(hostMessages('en').noEntries()).toBe('There are no entries in the list.\r\n\r\n');
    expect(hostMessages('de').commandCompleted()).toBe('Der Befehl wurde erfolgreich ausgeführt.\r\n\r\n');
  });

  it('prints the stopped Server service as NET HELPMSG 2114, in the layout of a captured transcript', () => {
    expect(hostMessages('en').serverServiceNotStarted()).toBe(
      'The Server service is not started.\r\n\r\nMore help is available by typing NET HELPMSG 2114.\r\n\r\n',
    );
    expect(hostMessages('en').systemError(2114)).toBe(hostMessages('en').serverServiceNotStarted());
  });

  it('prints NET errors with their HELPMSG line and other errors as "System error N has occurred."', () => {
    expect(hostMessages('en').systemError(2312)).toBe(
      'A session does not exist with that computer name.\r\n\r\nMore help is available by typing NET HELPMSG 2312.\r\n\r\n',
    );
    expect(hostMessages('en').systemError(1231)).toBe('System error 1231 has occurred.\r\n\r\n');
  });

  it('prints chcp in each language (German with its full stop)', () => {
    expect(hostMessages('en').activeCodePage(437)).toBe('Active code page: 437\r\n');
    expect(hostMessages('de').activeCodePage(850)).toBe('Aktive Codepage: 850.\r\n');
  });

  it('prints reg.exe’s errors', () => {
    expect(hostMessages('en').regAccessDenied()).toBe('ERROR: Access is denied.\r\n');
    expect(hostMessages('en').regInvalidSyntax()).toBe('ERROR: Invalid syntax.\r\nType "REG /?" for usage.\r\n');
  });

  it('prints the usage text after net.exe’s syntax line', () => {
    expect(hostMessages('en').syntaxError('NET CONFIG [SERVER | WORKSTATION]')).toBe(
      'The syntax of this command is:\r\n\r\nNET CONFIG [SERVER | WORKSTATION]\r\n\r\n',
    );
  });
});

describe('hostMessages read back by the parsers', () => {
  const codes = [5, 53, 71, 87, 1231, 2114, 2310, 2312, 2314, 2250];
  it.each(['en', 'de'] as const)('every system error is recognized by its number (%s)', (language) => {
    for (const code of codes) expect(recognizeSystemError(hostMessages(language).systemError(code))?.code).toBe(code);
  });

  it.each(['en', 'de'] as const)('every code page is read back from chcp (%s)', (language) => {
    for (const codePage of [437, 850, 866, 874, 936, 1252, 65001]) expect(parseChcpOutput(hostMessages(language).activeCodePage(codePage))).toBe(codePage);
  });
});

describe('the message table', () => {
  it('gives zh-CN the captured header and completion line of net share', () => {
    expect(shareListText('zh-CN').header).toBe('共享名       资源                            注解');
    expect(shareListText('zh-CN').commandCompleted).toBe('命令成功完成。');
  });

  // Real localized headers need not line up with the data (LOCALIZED-HEADERS.md, point 2; the captured
  // German netstat header puts PID one cell right), and the parsers never use them for columns. The guessed
  // German headers of net.exe's tables are at least laid out on the English columns.
  it.each([
    ['net session', (t: NetText) => t.netSession.header],
    ['net share', (t: NetText) => t.netShare.header],
    ['net file', (t: NetText) => t.netFile.header],
  ])('starts a German %s header word at each English column', (_table, header) => {
    const english = header(NET_TEXT.en);
    const german = header(NET_TEXT.de);
    const columns = [...english.matchAll(/(?<=^ *|\S {2,})\S/g)].map((match) => match.index);
    expect(columns.length).toBeGreaterThanOrEqual(3);
    for (const column of columns) expect(`${german[column - 1] ?? ' '}${german[column]}`).toMatch(/^ \S$/);
  });
});
