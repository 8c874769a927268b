import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SCENARIO_SCHEMA } from '../../shared/simulated-host/scenario-schema';
import { COLLECTED_META_SCHEMA } from '../host/collected/collected-meta';
import { DATA_DIR_ENV } from '../host';
import { expectCleanRefusal, expectSafeOutput, runCliProcess } from './testing/bad-input';
import { runCli, testCliContext } from './testing/run-cli';

/**
 * The corpus of bad input: every file and argument the command line reads, wrong in every way we could
 * think of. Whatever the input, the answer is one clear message (exit 1: could not do it, 2: called
 * wrongly), never a stack trace, and nothing a terminal would obey. Input that is merely strange but
 * readable (a binary file to parse, a printers.json that is not Get-Printer's) is not refused: it is
 * reported, and the output is still safe.
 */

const ROOT = mkdtempSync(path.join(tmpdir(), 'wgd-bad-input-'));
const dataEnv = { ...process.env, [DATA_DIR_ENV]: path.join(ROOT, 'data') };
const context = testCliContext({ env: dataEnv });
const cli = (args: readonly string[], stdin = '') => runCli(args, stdin, context);

/** FIFOs and /dev/zero are POSIX's; on Windows those cases are left out. */
const ON_POSIX = process.platform !== 'win32';
const posixOnly = <Row>(rows: readonly Row[]): Row[] => (ON_POSIX ? [...rows] : []);

/** A case of a file that is not what it should be: what it is, where, and what the message says. */
type FileCase = readonly [what: string, file: () => string, problem: string];

const SEVENTEEN_MB = 17 * 1024 * 1024;
const EVERY_BYTE = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256));
const CONTROLS = '\u001b[31m\u0007\u009b2J\u202e\r\n';

let counter = 0;
function fresh(name: string): string {
  const directory = path.join(ROOT, `${counter++}`);
  mkdirSync(directory);
  return path.join(directory, name);
}

function file(name: string, content: string | Buffer): string {
  const target = fresh(name);
  writeFileSync(target, content);
  return target;
}

/** A collected folder with a readable net-session.txt and whatever else is given. */
function collectedFolder(files: Record<string, string | Buffer>): string {
  const folder = path.dirname(fresh('x'));
  for (const [name, content] of Object.entries({ 'net-session.txt': 'There are no entries in the list.\r\n', ...files }))
    writeFileSync(path.join(folder, name), content);
  return folder;
}

const goodScenario = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../shared/simulated-host/scenarios/win11-healthy.json'), 'utf8')) as Record<
  string,
  unknown
>;

const specialFiles = { fifo: '', devZero: '', directory: '', large: '', binary: '' };

beforeAll(() => {
  if (ON_POSIX) {
    specialFiles.fifo = fresh('fifo.json');
    execFileSync('mkfifo', [specialFiles.fifo]);
    specialFiles.devZero = fresh('zero.json');
    symlinkSync('/dev/zero', specialFiles.devZero);
  }
  specialFiles.directory = fresh('folder.json');
  mkdirSync(specialFiles.directory);
  specialFiles.large = file('large.json', Buffer.alloc(SEVENTEEN_MB, 0x20));
  specialFiles.binary = file('binary.json', EVERY_BYTE);
});

describe('meta.json with a wrong type in any field', () => {
  // One wrong value of another type per field: a list is wrong for every field, so each gets that too.
  const WRONG_VALUE_PER_FIELD: Record<string, unknown> = {
    codePage: '850',
    consoleCodePage: 'cp850',
    collectedAt: 1714813953,
    computerName: 42,
    elevated: 'yes',
    versions: 'v1',
    failures: { 'net-session': { kind: 'explode' } },
    durationsMs: { 'net-session': 'fast' },
  };
  const fields = Object.keys(COLLECTED_META_SCHEMA.pipe[1].entries);

  it('covers every field of the schema', () => {
    expect(Object.keys(WRONG_VALUE_PER_FIELD).sort()).toEqual([...fields].sort());
  });

  it.each(fields.flatMap((field) => [[field, WRONG_VALUE_PER_FIELD[field]] as const, [field, [1]] as const]))(
    '%s = %j: one line naming meta.json and the field, exit 1',
    async (field, value) => {
      const folder = collectedFolder({ 'meta.json': JSON.stringify({ [field]: value }) });
      const message = expectCleanRefusal(await cli(['diagnose', '--from', folder]), [1]);
      expect(message).toContain(`${path.join(folder, 'meta.json')}: ${field}`);
      expect(message).toMatch(/Fix or delete meta\.json; every other file can be read without it\.$/);
    },
  );

  it.each([
    [
      'a failure of a source that does not exist',
      { failures: { 'net-sessions': { kind: 'access-denied' } } },
      'failures: the name "net-sessions" must be one of',
    ],
    ['a failure that is not an object', { failures: { nbtstat: 'broken' } }, 'failures.nbtstat must be an object (it is "broken")'],
    ['a failure without its detail', { failures: { nbtstat: { kind: 'timed-out' } } }, 'failures.nbtstat.timeoutMs is missing'],
    ['a misspelt field', { codepage: 850 }, 'codepage is not a known field'],
    ['a list instead of an object', [{ codePage: 850 }], 'the value must be an object (it is a list of 1)'],
    ['a __proto__ key', JSON.parse('{"failures": {"__proto__": {"kind": "cancelled"}}}'), 'failures must not have a field named __proto__'],
    ['text that is not JSON', 'codePage=850', 'is not valid JSON'],
    ['control characters in a value', { computerName: 5, versions: { [CONTROLS]: 1 } }, 'computerName must be text'],
  ])('%s', async (_what, meta, problem) => {
    const folder = collectedFolder({ 'meta.json': typeof meta === 'string' ? meta : JSON.stringify(meta) });
    expect(expectCleanRefusal(await cli(['diagnose', '--from', folder]), [1])).toContain(problem);
  });

  it.each<readonly [what: string, make: (meta: string) => unknown, problem: string]>([
    ['a folder', (meta) => mkdirSync(meta), 'is a folder, not a file'],
    ...posixOnly<readonly [string, (meta: string) => unknown, string]>([
      ['a FIFO', (meta) => execFileSync('mkfifo', [meta]), 'is not a regular file'],
      ['/dev/zero', (meta) => symlinkSync('/dev/zero', meta), 'is not a regular file'],
    ]),
  ])('meta.json that is %s', async (_what, make, problem) => {
    const folder = collectedFolder({});
    make(path.join(folder, 'meta.json'));
    expect(expectCleanRefusal(await cli(['diagnose', '--from', folder]), [1])).toContain(problem);
  });
});

describe('printers.json of the wrong shape: a failed source, the rest is diagnosed', () => {
  it.each([
    ['a number', '42', 'the value must be an object (it is 42)'],
    ['a string', '"HP LaserJet"', 'the value must be an object'],
    ['null', 'null', 'the value must be an object (it is null)'],
    ['a list of numbers', '[1, 2]', '[0] must be an object (it is 1)'],
    ['a printer without a name', '{"ShareName": "HP"}', 'Name is missing'],
    ['a number for a name', '[{"Name": 5}]', '[0].Name must be text (it is 5)'],
    ['a word for Shared', '{"Name": "HP", "Shared": "sometimes"}', 'Shared must be true or false (it is "sometimes")'],
    ['a list for a port', '{"Name": "HP", "PortName": ["USB001"]}', 'PortName must be text or null'],
    ['text that is not JSON', 'Get-Printer : Access denied', 'not JSON'],
    ['control characters in a name', JSON.stringify({ Name: 7, DriverName: CONTROLS }), 'Name must be text'],
  ])('%s', async (_what, text, problem) => {
    const run = await cli(['diagnose', '--from', collectedFolder({ 'printers.json': text }), '--json']);
    // Diagnosed: 3, because what the folder lacks was not checked.
    expect(run.status).toBe(3);
    expectSafeOutput(run);
    const diagnosis = JSON.parse(run.stdout);
    expect(diagnosis.sources.printers).toMatchObject({ status: 'failed' });
    const failed = diagnosis.findings.find((finding: { id: string }) => finding.id === 'source-failed');
    expect(failed.evidence.map((evidence: { text: string }) => evidence.text).join('\n')).toContain(problem);
  });

  it('is a binary file: reported the same way', async () => {
    const run = await cli(['diagnose', '--from', collectedFolder({ 'printers.json': EVERY_BYTE })]);
    // Diagnosed: 3, because what the folder lacks was not checked.
    expect(run.status).toBe(3);
    expectSafeOutput(run);
    expect(run.stdout).toMatch(/printers: What the command printed could not be read \(not JSON/);
  });
});

describe('a scenario file', () => {
  const entries = Object.entries(SCENARIO_SCHEMA.pipe[1].entries);
  const required = entries.filter(([, schema]) => schema.type !== 'optional').map(([field]) => field);
  const scenarioFile = (data: unknown) => file('mine.json', JSON.stringify(data));
  const refusalFor = async (data: unknown) => expectCleanRefusal(await cli(['diagnose', '--scenario', scenarioFile(data)]), [1]);

  it.each(required)('without its required field %s: named, exit 1', async (field) => {
    const { [field]: _left, ...rest } = goodScenario;
    expect(await refusalFor(rest)).toMatch(new RegExp(`^workgroup-doctor diagnose: mine\\.json is not a valid scenario: .*\\b${field} is missing`));
  });

  it.each(entries.map(([field]) => field))('with a list of the wrong things for %s: named, exit 1', async (field) => {
    expect(await refusalFor({ ...goodScenario, [field]: [true] })).toMatch(new RegExp(`mine\\.json is not a valid scenario: .*\\b${field}(\\[0\\])? must be`));
  });

  it.each([
    [
      'an unknown fault kind',
      { faults: { nbtstat: { kind: 'explode' } } },
      'faults.nbtstat.kind must be one of "missing", "hang", "access-denied", "system-error", "garbage", "delay" (it is "explode")',
    ],
    ['an unknown role', { role: 'server' }, 'role must be one of "host", "client" (it is "server")'],
    ['an unknown display language', { displayLanguage: 'fr' }, 'displayLanguage must be one of "en", "de" (it is "fr")'],
    [
      'an unknown share kind',
      { shares: [{ name: 'x', resource: '', remark: '', kind: 'cloud' }] },
      'shares[0].kind must be one of "disk", "printer", "ipc", "special" (it is "cloud")',
    ],
    [
      'a session with an idle time in words',
      { sessions: [{ computer: 'A', user: '', clientType: '', idleSeconds: 'long' }] },
      'sessions[0].idleSeconds must be a number (it is "long")',
    ],
    ['a misspelt field', { fault: {} }, 'fault is not a known field'],
    ['control characters in an unknown kind', { faults: { nbtstat: { kind: CONTROLS } } }, '(it is "\\u001b[31m\\u0007\\u009b2J\\u202e\\r\\n")'],
  ])('with %s: named when it is read, exit 1', async (_what, change, problem) => {
    expect(await refusalFor({ ...goodScenario, ...change })).toContain(problem);
  });

  it.each([
    ['JSON null', 'null', 'the value must be an object (it is null)'],
    ['an empty file', '', 'is not valid JSON'],
    ['text that is not JSON', 'id: mine', 'is not valid JSON'],
  ])('that is %s: exit 1', async (_what, text, problem) => {
    expect(expectCleanRefusal(await cli(['diagnose', '--scenario', file('mine.json', text)]), [1])).toContain(problem);
  });

  it.each<FileCase>([
    ['a folder', () => specialFiles.directory, 'is a folder, not a file'],
    ...posixOnly<FileCase>([
      ['/dev/zero', () => specialFiles.devZero, 'is not a regular file'],
      ['a FIFO', () => specialFiles.fifo, 'is not a regular file'],
    ]),
    ['a 17 MB file', () => specialFiles.large, 'is larger than 16 MB'],
    ['a binary file', () => specialFiles.binary, 'is not valid JSON'],
    ['a file that does not exist', () => path.join(ROOT, 'nothing.json'), 'does not exist'],
  ])('that is %s: refused before anything runs, exit 1', async (_what, scenario, problem) => {
    expect(expectCleanRefusal(await cli(['diagnose', '--scenario', scenario()]), [1])).toContain(problem);
  });
});

describe('parse input', () => {
  it.each<FileCase>([
    ...posixOnly<FileCase>([
      ['/dev/zero', () => '/dev/zero', 'is not a regular file'],
      ['a FIFO', () => specialFiles.fifo, 'is not a regular file'],
    ]),
    ['a folder', () => specialFiles.directory, 'is a folder, not a file'],
    ['a 17 MB file', () => specialFiles.large, 'is larger than 16 MB'],
    ['a file that does not exist', () => path.join(ROOT, 'nothing.txt'), 'does not exist'],
  ])('%s is refused before it is read, exit 1', async (_what, input, problem) => {
    expect(expectCleanRefusal(await cli(['parse', 'net-session', input()]), [1])).toContain(problem);
  });

  it('17 MB on standard input is refused, exit 1', async () => {
    expect(expectCleanRefusal(await cli(['parse', 'net-session', '-'], 'x'.repeat(SEVENTEEN_MB)), [1])).toContain('standard input holds more than 16 MB');
  });

  it.each([
    ['a binary file', () => ['parse', 'net-file', specialFiles.binary], ''],
    ['binary standard input', () => ['parse', 'net-session', '-'], EVERY_BYTE.toString('latin1')],
    [
      'control characters in a line',
      () => ['parse', 'net-share', '-'],
      `Share name   Resource    Remark\r\n${'-'.repeat(79)}\r\nX${CONTROLS}   C:\\   ${CONTROLS}\r\n`,
    ],
  ])('%s is parsed (its lines unrecognized), and the output is still safe', async (_what, args, stdin) => {
    const run = await cli(args(), stdin);
    expect(run.status).toBe(0);
    expectSafeOutput(run);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
  });
});

describe('a collected folder that cannot be read', () => {
  it.each<FileCase>([
    ...posixOnly<FileCase>([['/dev/zero as the folder', () => '/dev/zero', 'is a file; give the folder']]),
    ['a folder without any expected file', () => path.dirname(fresh('x')), 'holds none of the expected files'],
    ['a 17 MB net-session.txt', () => collectedFolder({ 'net-session.txt': Buffer.alloc(SEVENTEEN_MB, 0x20) }), 'is larger than 16 MB'],
  ])('%s: exit 1', async (_what, folder, problem) => {
    expect(expectCleanRefusal(await cli(['diagnose', '--from', folder()]), [1])).toContain(problem);
  });

  it('a binary net-session.txt is diagnosed, and the output is safe', async () => {
    const run = await cli(['diagnose', '--from', collectedFolder({ 'net-session.txt': EVERY_BYTE })]);
    // Diagnosed: 3, because what the folder lacks was not checked.
    expect(run.status).toBe(3);
    expectSafeOutput(run);
  });
});

describe('names with control characters', () => {
  it.each([
    ['--computer', ['plan', 'disconnect', '--computer', 'X\u001b[31m\u0007', '--scenario', 'xp-print-host-at-limit'], [1], '"X\\u001b[31m\\u0007"'],
    [
      '--printer',
      ['plan', 'method-2', '--printer', '\u202eHP\u001b]0;owned\u0007', '--scenario', 'win10-client-shares-printer'],
      [1],
      '\\u202eHP\\u001b]0;owned\\u0007',
    ],
    ['--scenario', ['diagnose', '--scenario', `evil${CONTROLS}.json`], [1], 'evil\\u001b[31m\\u0007\\u009b2J\\u202e\\u000d\\u000a.json does not exist'],
    ['a scenario name', ['diagnose', '--scenario', `no-such-pc${CONTROLS}`], [2], 'there is no scenario "no-such-pc\\u001b[31m\\u0007\\u009b2J\\u202e\\r\\n"'],
    ['--from', ['diagnose', '--from', `folder\u001b[2J${CONTROLS}`], [1], 'folder\\u001b[2J'],
    ['a parse file', ['parse', 'net-session', `file\r\u001b[1A${CONTROLS}`], [1], 'file\\u000d\\u001b[1A'],
    ['a parse kind', ['parse', `kind${CONTROLS}`, 'x'], [2], 'unknown kind "kind\\u001b[31m'],
    ['--role', ['diagnose', '--role', `\u001b[31mhost`, '--scenario', 'win11-healthy'], [2], '--role must be host or client, not "\\u001b[31mhost"'],
    ['--minutes', ['plan', 'autodisconnect', '--minutes', `5${CONTROLS}`], [2], '--minutes takes a whole number of minutes, not "5\\u001b[31m'],
    ['a command', [`frob${CONTROLS}`], [2], 'unknown command "frob\\u001b[31m'],
    ['an option', ['diagnose', `--x${CONTROLS}`], [2], 'unknown option --x\\u001b[31m'],
    ['an unexpected argument', ['diagnose', `extra${CONTROLS}`], [2], 'unexpected argument "extra\\u001b[31m'],
  ])('%s is echoed escaped, and on one line', async (_what, args, statuses, echoed) => {
    const message = expectCleanRefusal(await cli(args), statuses);
    expect(message).toContain(echoed);
  });

  it('a valid scenario whose title and computer name hold control characters is diagnosed with safe output', async () => {
    const scenario = { ...goodScenario, id: 'controls', title: `Evil${CONTROLS}PC`, computerName: `PC${CONTROLS}` };
    const run = await cli(['diagnose', '--scenario', file('controls.json', JSON.stringify(scenario))]);
    expect(run.status).toBe(0);
    expectSafeOutput(run);
    expect(run.stdout.split('\n')[0]).toBe('Workgroup Doctor: diagnosis of simulated PC "Evil\\u001b[31m\\u0007\\u009b2J\\u202e\\u000d\\u000aPC"');
  });

  it('a meta.json computer name with control characters is shown escaped in the report’s title', async () => {
    const run = await cli(['diagnose', '--from', collectedFolder({ 'meta.json': JSON.stringify({ computerName: `PC${CONTROLS}` }) })]);
    // Diagnosed: 3, because what the folder lacks was not checked.
    expect(run.status).toBe(3);
    expectSafeOutput(run);
    expect(run.stdout.split('\n')[0]).toBe('Workgroup Doctor: diagnosis of outputs collected on PC\\u001b[31m\\u0007\\u009b2J\\u202e\\u000d\\u000a');
  });
});

describe('command-line mistakes', () => {
  it.each([
    [['diagnose', '--scenaro', 'x'], 'unknown option --scenaro (did you mean --scenario?)'],
    [['plan', 'method-1', '--force'], 'unknown option --force'],
    [['parse', 'net-session', 'x', '-q'], 'unknown option -q'],
    [['collect', 'folder', '--bogus=1'], 'unknown option --bogus'],
    [['changes', '--all'], 'unknown option --all'],
    [['undo', 'all', '--dry-run'], 'unknown option --dry-run'],
    [['diagnose', '--from'], '--from needs a value'],
    [['diagnose', '--scenario'], '--scenario needs a value'],
    [['plan', 'disconnect', '--computer'], '--computer needs a value'],
    [['parse', 'net-session', 'x', '--codepage'], '--codepage needs a value'],
    [['diagnose', '--from', '--json'], '--from needs a value, and "--json" looks like an option; to give a value that starts with a dash, write --from=VALUE'],
    [['diagnose', '--json=yes'], '--json takes no value (it was given "yes")'],
    [['diagnose', `--${'x'.repeat(100)}`], `unknown option --${'x'.repeat(58)}…`],
  ])('%j: one sentence and the usage, exit 2', async (args, sentence) => {
    const run = await cli(args);
    const message = expectCleanRefusal(run, [2]);
    expect(message).toBe(`workgroup-doctor ${args[0]}: ${sentence}`);
    expect(run.stderr).toContain(`\n\nworkgroup-doctor ${args[0]} `);
  });
});

describe('in a terminal: the command line as a child process', () => {
  it('an unknown option', async () => {
    const run = await runCliProcess(['diagnose', '--scenaro', 'x']);
    expect(expectCleanRefusal(run, [2])).toBe('workgroup-doctor diagnose: unknown option --scenaro (did you mean --scenario?)');
  });

  it('a meta.json with an unknown failure kind', async () => {
    const folder = collectedFolder({ 'meta.json': JSON.stringify({ failures: { 'net-session': { kind: 'explode' } } }) });
    expect(expectCleanRefusal(await runCliProcess(['diagnose', '--from', folder]), [1])).toContain('failures["net-session"].kind must be one of');
  });

  it.skipIf(!ON_POSIX)('/dev/zero to parse', async () => {
    expect(expectCleanRefusal(await runCliProcess(['parse', 'net-session', '/dev/zero']), [1])).toContain('/dev/zero is not a regular file');
  });

  it('a scenario with an unknown fault kind', async () => {
    const scenario = file('mine.json', JSON.stringify({ ...goodScenario, faults: { nbtstat: { kind: 'explode' } } }));
    expect(expectCleanRefusal(await runCliProcess(['diagnose', '--scenario', scenario]), [1])).toContain('faults.nbtstat.kind must be one of');
  });

  it('a computer name with control characters', async () => {
    const run = await runCliProcess(['plan', 'disconnect', '--computer', 'X\u001b[31m\u0007', '--scenario', 'xp-print-host-at-limit'], dataEnv);
    expect(expectCleanRefusal(run, [1])).toContain('"X\\u001b[31m\\u0007"');
  });

  it.skipIf(!ON_POSIX)('an unexpected error (a data folder that cannot be made) is one line; --verbose adds the stack', async () => {
    const env = { ...process.env, [DATA_DIR_ENV]: '/dev/null/workgroup-doctor' };
    const run = await runCliProcess(['diagnose', '--scenario', 'win11-healthy'], env);
    expect(expectCleanRefusal(run, [1])).toMatch(
      /^workgroup-doctor diagnose: unexpected error: .*This is a bug in Workgroup Doctor; run the same command again with --verbose/,
    );
    const verbose = await runCliProcess(['diagnose', '--scenario', 'win11-healthy', '--verbose'], env);
    expect(verbose.status).toBe(1);
    expect(verbose.stderr).toMatch(/^\s+at /m);
  });
});

describe('a damaged journal', () => {
  // The hand-written v1 fixture, with one thing wrong at a time. Every command that reads the journal
  // must refuse in one line that names the field, and keep the file byte for byte.
  const fixture = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../shared/fixes/fixtures/journal-v1.json'), 'utf8')) as {
    entries: Record<string, unknown>[];
  };
  const entry = fixture.entries.find((candidate) => (candidate.change as { action: string }).action === 'method-1')!;
  const fields = Object.keys(entry);
  const withEntry = (changed: Record<string, unknown>) => JSON.stringify({ ...fixture, entries: [changed] });
  const cases: [string, string][] = [
    ...fields.map((field): [string, string] => [
      `an entry without ${field}`,
      withEntry(Object.fromEntries(Object.entries(entry).filter(([name]) => name !== field))),
    ]),
    ...fields.map((field): [string, string] => [
      `an entry whose ${field} has the wrong type`,
      withEntry({ ...entry, [field]: typeof entry[field] === 'string' || entry[field] === null ? 42 : 'text' }),
    ]),
    ['an entry with a field of its own', withEntry({ ...entry, program: 'powershell.exe' })],
    ['a change with an argument list', withEntry({ ...entry, change: { ...(entry.change as object), args: ['-Command', 'calc'] } })],
    [
      'a registry value outside the allowlist',
      withEntry({
        ...entry,
        change: { action: 'method-1', values: [{ key: 'HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run', name: 'x', before: null, after: 1 }] },
      }),
    ],
    ['no format mark', JSON.stringify({ version: 1, entries: [] })],
    ['half a file', '{"format": "workgroup-doctor-journal", "version": 1, "entries": [ {"id": "half'],
    ['a list', '[]'],
    ['control characters in an id', withEntry({ ...entry, id: `x${CONTROLS}` })],
  ];

  it.each(cases)('%s: one clear line, exit 1, the journal kept as it is', async (_what, text) => {
    const data = mkdtempSync(path.join(ROOT, 'journal-'));
    writeFileSync(path.join(data, 'journal.json'), text);
    const env = { ...process.env, [DATA_DIR_ENV]: data };
    for (const args of [['changes'], ['changes', '--json'], ['undo', 'all', '--yes']]) {
      const message = expectCleanRefusal(await runCli(args, '', testCliContext({ env })), [1]);
      expect(message, args.join(' ')).toMatch(/The record of earlier changes \(.*journal\.json\) is damaged/);
    }
    expect(readFileSync(path.join(data, 'journal.json'), 'utf8')).toBe(text);
  });
});
