import { describe, expect, it } from 'vitest';
import { recognizeSystemError } from './system-error';
import scAuto from '../fixtures/documented-layout/sc-qc__documented-win10__en__01.txt?raw';
import scMissing from '../fixtures/documented-layout/sc-qc__documented-win10__en__03.txt?raw';
import scGerman from '../fixtures/documented-layout/sc-qc__documented-winxp__de__04.txt?raw';
import scRunning from '../fixtures/documented-layout/sc-query__documented-win10__en__01.txt?raw';
import winxp01 from '../fixtures/windows-outputs/error__winxp__en__01.txt?raw';
import winxp03 from '../fixtures/windows-outputs/error__winxp__en__03.txt?raw';
import winnt4_04 from '../fixtures/windows-outputs/error__winnt4__en__04.txt?raw';
import net_config_server__win10__en__01 from '../fixtures/windows-outputs/net-config-server__win10__en__01.txt?raw';
import net_session__docs_win7__en__10 from '../fixtures/windows-outputs/net-session__docs-win7__en__10.txt?raw';
import net_session__unknown__de__09 from '../fixtures/windows-outputs/net-session__unknown__de__09.txt?raw';
import net_session__unknown__en__06 from '../fixtures/windows-outputs/net-session__unknown__en__06.txt?raw';
import net_session__unknown__en__07 from '../fixtures/windows-outputs/net-session__unknown__en__07.txt?raw';
import net_session__win10__en__01 from '../fixtures/windows-outputs/net-session__win10__en__01.txt?raw';
import net_session__win10__en__02 from '../fixtures/windows-outputs/net-session__win10__en__02.txt?raw';
import net_session__win10__en__03 from '../fixtures/windows-outputs/net-session__win10__en__03.txt?raw';
import net_session__win11__de__08 from '../fixtures/windows-outputs/net-session__win11__de__08.txt?raw';
import net_share_detail__unknown__en__01 from '../fixtures/windows-outputs/net-share-detail__unknown__en__01.txt?raw';
import net_share_detail__unknown__en__03 from '../fixtures/windows-outputs/net-share-detail__unknown__en__03.txt?raw';
import net_share_detail__win10__en__02 from '../fixtures/windows-outputs/net-share-detail__win10__en__02.txt?raw';
import net_share__docs_sample__fr__20 from '../fixtures/windows-outputs/net-share__docs-sample__fr__20.txt?raw';
import net_share__docs_sample__pt_PT__23 from '../fixtures/windows-outputs/net-share__docs-sample__pt-PT__23.txt?raw';
import net_share__unknown__en__01 from '../fixtures/windows-outputs/net-share__unknown__en__01.txt?raw';
import net_share__unknown__en__03 from '../fixtures/windows-outputs/net-share__unknown__en__03.txt?raw';
import net_share__unknown__en__04 from '../fixtures/windows-outputs/net-share__unknown__en__04.txt?raw';
import net_share__unknown__en__19 from '../fixtures/windows-outputs/net-share__unknown__en__19.txt?raw';
import net_share__unknown__zh_CN__09 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__09.txt?raw';
import net_share__unknown__zh_CN__10 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__10.txt?raw';
import net_share__unknown__zh_CN__11 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__11.txt?raw';
import net_share__unknown__zh_CN__12 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__12.txt?raw';
import net_share__unknown__zh_CN__13 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__13.txt?raw';
import net_share__unknown__zh_CN__15 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__15.txt?raw';
import net_share__unknown__zh_CN__16 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__16.txt?raw';
import net_share__winserver__en__05 from '../fixtures/windows-outputs/net-share__winserver__en__05.txt?raw';
import net_share__winserver__en__07 from '../fixtures/windows-outputs/net-share__winserver__en__07.txt?raw';
import net_share__winserver__en__08 from '../fixtures/windows-outputs/net-share__winserver__en__08.txt?raw';
import net_share__winxp__zh_CN__14 from '../fixtures/windows-outputs/net-share__winxp__zh-CN__14.txt?raw';
import netstat__unknown__de__03 from '../fixtures/windows-outputs/netstat__unknown__de__03.txt?raw';
import netstat__win10_1607__ru__06 from '../fixtures/windows-outputs/netstat__win10-1607__ru__06.txt?raw';
import netstat__win10_21h2__ru__07 from '../fixtures/windows-outputs/netstat__win10-21h2__ru__07.txt?raw';
import netstat__win10__en__05 from '../fixtures/windows-outputs/netstat__win10__en__05.txt?raw';
import netstat__win10__fr__09 from '../fixtures/windows-outputs/netstat__win10__fr__09.txt?raw';
import netstat__win2003__en__01 from '../fixtures/windows-outputs/netstat__win2003__en__01.txt?raw';
import reg_query__win11__es__01 from '../fixtures/windows-outputs/reg-query__win11__es__01.txt?raw';
import regXpLsa from '../fixtures/documented-layout/reg-query__winxp__lsa-v-restrictanonymous.txt?raw';
import regXpCurrentVersion from '../fixtures/documented-layout/reg-query__winxp__currentversion.txt?raw';
import regLanmanServer from '../fixtures/documented-layout/reg-query__win10__lanmanserver-parameters.txt?raw';
import regAutodisconnect from '../fixtures/documented-layout/reg-query__win10__lanmanserver-v-autodisconnect.txt?raw';
import regWin11CurrentVersion from '../fixtures/documented-layout/reg-query__win11__currentversion.txt?raw';
import regWin10CurrentVersion from '../fixtures/documented-layout/reg-query__win10__currentversion.txt?raw';
import regWin7CurrentVersion from '../fixtures/documented-layout/reg-query__win7__currentversion.txt?raw';
import regNotFound from '../fixtures/documented-layout/reg-query__win10__en__not-found.txt?raw';

describe('recognizeSystemError on real captures', () => {
  it('reads System error 5 (access denied) from net.exe on XP', () => {
    expect(recognizeSystemError(winxp01)).toEqual({
      code: 5,
      source: 'system-error',
      line: 'System error 5 has occurred.',
      lineNumber: 1,
    });
  });

  it('reads System error 71 as KB 328459 quotes it', () => {
    expect(recognizeSystemError(winxp03)).toEqual({
      code: 71,
      source: 'system-error',
      line: 'System error 71 has occurred.',
      lineNumber: 1,
    });
  });

  it('reads "Error 71." as NT 4.0 and 2000 clients show it (KB 122920), after the Win32 text', () => {
    expect(recognizeSystemError(winnt4_04)).toEqual({
      code: 71,
      source: 'error-n',
      line: 'Error 71. The network request was not accepted.',
      lineNumber: 4,
    });
  });
});

describe('recognizeSystemError in other languages, by the number', () => {
  // The first line of net.exe's message 3502 in each language, then a blank line and the Win32 text.
  it.each([
    ['en', 'System error 5 has occurred.'],
    ['de', 'Systemfehler 5 aufgetreten.'],
    ['fr', 'Erreur système 5.'],
    ['fr (Windows 7 and later)', "L'erreur système 5 s'est produite."],
    ['es', 'Error de sistema 5.'],
    ['es (long form)', 'Se ha producido el error de sistema 5.'],
    ['it', 'Errore di sistema 5.'],
    ['pt-BR', 'Erro de sistema 5.'],
    ['pt-PT', 'Ocorreu o erro de sistema 5.'],
    ['pl', 'Wystąpił błąd systemu 5.'],
    ['nl', 'Systeemfout 5 is opgetreden.'],
    ['tr', 'Sistem hatası 5 oluştu.'],
    ['ru', 'Системная ошибка 5.'],
    ['cs', 'Došlo k systémové chybě 5.'],
    ['sv', 'Systemfel 5 har uppstått.'],
    ['hu (number first)', '5. rendszerhiba történt.'],
    ['zh-CN', '发生系统错误 5。'],
    ['zh-TW', '發生系統錯誤 5。'],
    ['ja', 'システム エラー 5 が発生しました。'],
    ['ko', '시스템 오류 5이(가) 발생했습니다.'],
    ['fr, read in the wrong code page', "L'erreur syst\uFFFDme 5 s'est produite."],
    ['fr, CP850 bytes shown as Windows-1252', 'Erreur systŠme 5.'],
  ])('%s: %s', (_language, line) => {
    expect(recognizeSystemError(`${line}\r\n\r\nAccess is denied.\r\n\r\n`)).toEqual({
      code: 5,
      source: 'system-error',
      line,
      lineNumber: 1,
    });
  });

  it('finds the line after other output, wherever it sits', () => {
    const text = [
      '',
      'Share name   Resource                        Remark',
      '',
      'System error 1231 has occurred.',
      '',
      'The network location cannot be reached.',
      '',
    ].join('\n');
    expect(recognizeSystemError(text)).toEqual({ code: 1231, source: 'system-error', line: 'System error 1231 has occurred.', lineNumber: 4 });
  });

  it('reads an unlisted language by the layout: one short line whose only number is the code, a blank, a message', () => {
    expect(recognizeSystemError('सिस्टम त्रुटि 71 हुई है।\n\nइस समय इस दूरस्थ कंप्यूटर से और कनेक्शन नहीं बनाए जा सकते।\n')).toEqual({
      code: 71,
      source: 'system-error',
      line: 'सिस्टम त्रुटि 71 हुई है।',
      lineNumber: 1,
    });
  });
});

describe('recognizeSystemError on NET HELPMSG', () => {
  it('reads the number after NET HELPMSG, never translated', () => {
    expect(recognizeSystemError('The Server service is not started.\r\n\r\nMore help is available by typing NET HELPMSG 2114.\r\n\r\n')).toEqual({
      code: 2114,
      source: 'net-helpmsg',
      line: 'More help is available by typing NET HELPMSG 2114.',
      lineNumber: 3,
    });
    expect(recognizeSystemError('Der Serverdienst wurde nicht gestartet.\n\nWeitere Hilfe erhalten Sie, wenn Sie NET HELPMSG 2114 eingeben.\n')).toEqual({
      code: 2114,
      source: 'net-helpmsg',
      line: 'Weitere Hilfe erhalten Sie, wenn Sie NET HELPMSG 2114 eingeben.',
      lineNumber: 3,
    });
  });

  it('returns the first error when net.exe printed two', () => {
    // Russian net use output quoted in a public script: a NERR message, then a system error.
    const text =
      'Не удалось найти сетевое подключение.\n\nДля вызова дополнительной справки наберите NET HELPMSG 2250.\n\nСистемная ошибка 53.\n\nНе найден сетевой путь.\n\n';
    expect(recognizeSystemError(text)).toEqual({
      code: 2250,
      source: 'net-helpmsg',
      line: 'Для вызова дополнительной справки наберите NET HELPMSG 2250.',
      lineNumber: 3,
    });
  });
});

describe('recognizeSystemError on sc.exe', () => {
  it('reads the number of "[SC] … FAILED N:", whatever the word for failed', () => {
    expect(recognizeSystemError(scMissing)).toEqual({ code: 1060, source: 'sc-failed', line: '[SC] OpenService FAILED 1060:', lineNumber: 1 });
    expect(recognizeSystemError('[SC] OpenService FEHLER 5:\r\n\r\nZugriff verweigert\r\n')).toMatchObject({ code: 5, source: 'sc-failed' });
  });

  it('does not fire on sc’s output of a service, nor on its success line', () => {
    for (const text of [scAuto, scGerman, scRunning]) expect(recognizeSystemError(text)).toBeNull();
    expect(recognizeSystemError('[SC] ChangeServiceConfig SUCCESS\r\n')).toBeNull();
  });
});

describe('recognizeSystemError does not fire on normal command output', () => {
  it.each([
    ['net-config-server__win10__en__01.txt', net_config_server__win10__en__01],
    ['net-session__docs-win7__en__10.txt', net_session__docs_win7__en__10],
    ['net-session__unknown__de__09.txt', net_session__unknown__de__09],
    ['net-session__unknown__en__06.txt', net_session__unknown__en__06],
    ['net-session__unknown__en__07.txt', net_session__unknown__en__07],
    ['net-session__win10__en__01.txt', net_session__win10__en__01],
    ['net-session__win10__en__02.txt', net_session__win10__en__02],
    ['net-session__win10__en__03.txt', net_session__win10__en__03],
    ['net-session__win11__de__08.txt', net_session__win11__de__08],
    ['net-share-detail__unknown__en__01.txt', net_share_detail__unknown__en__01],
    ['net-share-detail__unknown__en__03.txt', net_share_detail__unknown__en__03],
    ['net-share-detail__win10__en__02.txt', net_share_detail__win10__en__02],
    ['net-share__docs-sample__fr__20.txt', net_share__docs_sample__fr__20],
    ['net-share__docs-sample__pt-PT__23.txt', net_share__docs_sample__pt_PT__23],
    ['net-share__unknown__en__01.txt', net_share__unknown__en__01],
    ['net-share__unknown__en__03.txt', net_share__unknown__en__03],
    ['net-share__unknown__en__04.txt', net_share__unknown__en__04],
    ['net-share__unknown__en__19.txt', net_share__unknown__en__19],
    ['net-share__unknown__zh-CN__09.txt', net_share__unknown__zh_CN__09],
    ['net-share__unknown__zh-CN__10.txt', net_share__unknown__zh_CN__10],
    ['net-share__unknown__zh-CN__11.txt', net_share__unknown__zh_CN__11],
    ['net-share__unknown__zh-CN__12.txt', net_share__unknown__zh_CN__12],
    ['net-share__unknown__zh-CN__13.txt', net_share__unknown__zh_CN__13],
    ['net-share__unknown__zh-CN__15.txt', net_share__unknown__zh_CN__15],
    ['net-share__unknown__zh-CN__16.txt', net_share__unknown__zh_CN__16],
    ['net-share__winserver__en__05.txt', net_share__winserver__en__05],
    ['net-share__winserver__en__07.txt', net_share__winserver__en__07],
    ['net-share__winserver__en__08.txt', net_share__winserver__en__08],
    ['net-share__winxp__zh-CN__14.txt', net_share__winxp__zh_CN__14],
    ['netstat__unknown__de__03.txt', netstat__unknown__de__03],
    ['netstat__win10-1607__ru__06.txt', netstat__win10_1607__ru__06],
    ['netstat__win10-21h2__ru__07.txt', netstat__win10_21h2__ru__07],
    ['netstat__win10__en__05.txt', netstat__win10__en__05],
    ['netstat__win10__fr__09.txt', netstat__win10__fr__09],
    ['netstat__win2003__en__01.txt', netstat__win2003__en__01],
    ['reg-query__win11__es__01.txt', reg_query__win11__es__01],
    ['documented: reg-query__winxp__lsa-v-restrictanonymous.txt', regXpLsa],
    ['documented: reg-query__winxp__currentversion.txt', regXpCurrentVersion],
    ['documented: reg-query__win10__lanmanserver-parameters.txt', regLanmanServer],
    ['documented: reg-query__win10__lanmanserver-v-autodisconnect.txt', regAutodisconnect],
    ['documented: reg-query__win11__currentversion.txt', regWin11CurrentVersion],
    ['documented: reg-query__win10__currentversion.txt', regWin10CurrentVersion],
    ['documented: reg-query__win7__currentversion.txt', regWin7CurrentVersion],
    ['documented: reg-query__win10__en__not-found.txt', regNotFound],
  ])('%s', (_name, text) => {
    expect(recognizeSystemError(text)).toBeNull();
  });

  it('ignores outputs that only look like the layout', () => {
    // A numbered first sentence, but followed by far more than an error message.
    expect(recognizeSystemError('Found 3 connections.\n\nfirst\nsecond\nthird\nfourth\nfifth\n')).toBeNull();
    expect(recognizeSystemError('Found 3 connections.\n\nfirst\n')).toEqual({ code: 3, source: 'system-error', line: 'Found 3 connections.', lineNumber: 1 });
    // A reg query of a key whose only digit run is in its name, and a one-line notice.
    expect(recognizeSystemError('\nHKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\n\nHKEY_LOCAL_MACHINE\\SYSTEM\\ControlSet001\\Control\n')).toBeNull();
    expect(recognizeSystemError('There are no entries in the list.\n')).toBeNull();
    expect(recognizeSystemError('Maximum Logged On Users               20\n\nThe command completed successfully.\n')).toBeNull();
    expect(recognizeSystemError('')).toBeNull();
  });
});
