import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATA_DIR_ENV, dataFolderAt, resolveDataFolder } from '../host/data-folder';
import { runCli } from './testing/run-cli';

const temporaryDirectory = (prefix: string) => mkdtempSync(path.join(tmpdir(), prefix));

// Each test gets its own data folder (journal, backups), and System32 is C:\Windows\System32 on any OS.
let dataDir = '';
const saved: Record<string, string | undefined> = {};
beforeEach(() => {
  for (const name of [DATA_DIR_ENV, 'SystemRoot']) saved[name] = process.env[name];
  dataDir = temporaryDirectory('wgd-cli-data-');
  process.env[DATA_DIR_ENV] = dataDir;
  process.env.SystemRoot = 'C:\\Windows';
});
afterEach(() => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const LSA = 'HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
const LANMAN = 'HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters';
const REG = 'C:\\Windows\\System32\\reg.exe';
const NET = 'C:\\Windows\\System32\\net.exe';
const RUNDLL32 = 'C:\\Windows\\System32\\rundll32.exe';
const POWERSHELL = 'C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe';
const STAMP = '\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function planJson(args: string[]) {
  const result = await runCli(['plan', ...args, '--json']);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('workgroup-doctor plan --json', () => {
  it('method-1 on the XP print host: backup, the one reg add, its undo, the warnings and the restart', async () => {
    const json = await planJson(['method-1', '--scenario', 'xp-print-host-at-limit']);
    const backupFile: string = json.backup[0].argv[3];
    const lanmanBackup: string = json.backup[1].argv[3];
    expect(backupFile).toMatch(
      new RegExp(`^${escape(path.join(dataDir, 'simulated', 'xp-print-host-at-limit', 'backups'))}${escape(path.sep)}${STAMP}-lsa\\.reg$`),
    );
    expect(lanmanBackup).toMatch(new RegExp(`${STAMP}-lanmanserver\\.reg$`));
    expect(json).toEqual({
      steps: [{ argv: [REG, 'add', LSA, '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '1', '/f'], purpose: 'Set RestrictAnonymous to 1' }],
      backup: [
        { argv: [REG, 'export', LSA, backupFile, '/y'], purpose: `Save ${LSA} to ${backupFile}` },
        { argv: [REG, 'export', LANMAN, lanmanBackup, '/y'], purpose: `Save ${LANMAN} to ${lanmanBackup}` },
      ],
      undo: [{ argv: [REG, 'add', LSA, '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '0', '/f'], purpose: 'Put RestrictAnonymous back to 0' }],
      warnings: [
        "This PC may no longer appear in other computers' Network list. Shared folders still open when typed as \\\\NAME.",
        'Sharing that relies on the Guest account may start asking for a user name and password.',
        'Microsoft notes that the problem can persist after this change: anonymous connections that already exist stay until they close. Workgroup Doctor checks afterwards.',
        'On this older version of Windows the change may take effect only after a restart.',
      ],
      restart: 'windows-may-need-restart',
      undoable: true,
      summary: 'Turn on RestrictAnonymous, so that computers can no longer connect to this PC without logging on.',
    });
    // plan changes nothing: the simulated PC's folder holds only the PC itself, no journal, no backups.
    expect(readdirSync(simulatedFolder('xp-print-host-at-limit'))).toEqual(['pc']);
  });

  it('method-2 on Windows 10: the fixed PowerShell script, the printer name only in env', async () => {
    const json = await planJson(['method-2', '--scenario', 'win10-client-shares-printer', '--printer', 'Canon PIXMA TS5150']);
    const args = (script: string) => [POWERSHELL, '-NoLogo', '-NoProfile', '-NonInteractive', '-Command', script];
    expect(json).toEqual({
      steps: [
        {
          argv: args("$ErrorActionPreference = 'Stop'; Set-Printer -Name $env:WGD_PRINTER_NAME -Shared $false"),
          purpose: 'Stop sharing the printer Canon PIXMA TS5150 (shared as Canon)',
          env: { WGD_PRINTER_NAME: 'Canon PIXMA TS5150' },
        },
      ],
      backup: [],
      undo: [
        {
          argv: args("$ErrorActionPreference = 'Stop'; Set-Printer -Name $env:WGD_PRINTER_NAME -Shared $true -ShareName $env:WGD_SHARE_NAME"),
          purpose: 'Share the printer Canon PIXMA TS5150 again as Canon',
          env: { WGD_PRINTER_NAME: 'Canon PIXMA TS5150', WGD_SHARE_NAME: 'Canon' },
        },
      ],
      warnings: ["Other computers that print through this PC's shared printer will no longer be able to."],
      restart: 'none',
      undoable: true,
      summary: 'Stop sharing these printers on this PC: Canon PIXMA TS5150. Printing here keeps working.',
    });
  });

  it('method-2 --printer takes the share name too, in any case', async () => {
    const byShare = await planJson(['method-2', '--scenario', 'win10-client-shares-printer', '--printer', 'canon']);
    expect(byShare.steps).toHaveLength(1);
    expect(byShare.steps[0].env).toEqual({ WGD_PRINTER_NAME: 'Canon PIXMA TS5150' });
    const both = await planJson(['method-2', '--scenario', 'win10-client-shares-printer', '--printer', 'Canon', '--printer', 'Canon PIXMA TS5150']);
    expect(both.steps).toHaveLength(1);
  });

  it('method-2 from an XP folder that holds net share but no printer list: the printer share, by its share name', async () => {
    // XP has no Get-Printer, and a folder collected by hand may lack the registry's printer list.
    for (const id of ['xp-print-host-at-limit', 'xp-home-full']) {
      const folder = mkdtempSync(path.join(tmpdir(), 'wgd-xp-folder-'));
      expect((await runCli(['collect', folder, '--scenario', id])).status).toBe(0);
      for (const file of ['reg-printers.txt', 'printers.json']) rmSync(path.join(folder, file), { force: true });
      const share = id === 'xp-home-full' ? 'Epson' : 'HPLaserJet';
      const json = await planJson(['method-2', '--from', folder, '--printer', share.toLowerCase()]);
      expect(json.steps).toEqual([
        {
          argv: [RUNDLL32, 'printui.dll,PrintUIEntry', '/Xs', '/n', share, 'attributes', '-shared'],
          purpose: `Stop sharing the printer ${share} (shared as ${share})`,
        },
      ]);
      expect(json.undo[0].argv).toEqual([RUNDLL32, 'printui.dll,PrintUIEntry', '/Xs', '/n', share, 'sharename', share, 'attributes', '+shared']);
      expect(json.warnings).toContain(
        `Only the printer's share name, ${share}, was read (from net share); its own name, which the command needs, was not. The command line shows the share name in its place: check the printer's name on that PC first.`,
      );
      const diagnosis = JSON.parse((await runCli(['diagnose', '--from', folder, '--role', 'client', '--json'])).stdout);
      expect(diagnosis.notChecked.map((item: { id: string }) => item.id)).not.toContain('printers');
      expect(diagnosis.actions.find((action: { id: string }) => action.id === 'method-2')).toMatchObject({ recommended: true });
    }
  });

  it('disconnect --computer: one named "net session \\\\PC /delete /y", with the unsaved-work warning; no undo', async () => {
    const json = await planJson(['disconnect', '--scenario', 'win10-office-near-limit', '--computer', '192.168.10.101']);
    expect(json).toEqual({
      steps: [{ argv: [NET, 'session', '\\\\192.168.10.101', '/delete', '/y'], purpose: 'End the connection from 192.168.10.101' }],
      backup: [],
      undo: [],
      warnings: [
        '192.168.10.101 has files open on this PC. They will be closed, and changes not yet saved in them can be lost. Ask the person at that computer to save first.',
        'This cannot be undone, but nothing is lost beyond the open files: the computer reconnects by itself the next time it opens a shared folder.',
      ],
      restart: 'none',
      undoable: false,
      summary: 'End the connection of 192.168.10.101. It takes a slot again only when it next opens something here.',
    });
  });

  it('disconnect --computer, repeated: one "net session \\\\PC /delete /y" per computer, in the order given', async () => {
    const json = await planJson(['disconnect', '--scenario', 'win10-office-near-limit', '--computer', '192.168.10.118', '--computer', '\\\\192.168.10.101']);
    expect(json.steps).toEqual([
      { argv: [NET, 'session', '\\\\192.168.10.118', '/delete', '/y'], purpose: 'End the connection from 192.168.10.118' },
      { argv: [NET, 'session', '\\\\192.168.10.101', '/delete', '/y'], purpose: 'End the connection from 192.168.10.101' },
    ]);
    expect(json.summary).toBe('End the connections of 192.168.10.118, 192.168.10.101. Each takes a slot again only when it next opens something here.');
    const text = await runCli(['plan', 'disconnect', '--scenario', 'win10-office-near-limit', '--computer', '192.168.10.118', '--computer', '192.168.10.101']);
    expect(text.stdout).toContain('Open files this closes:\n    805306400  C:\\Shares\\Projects\\Plan 2027.docx');
  });

  it('disconnect --file: closes that one open file', async () => {
    const json = await planJson(['disconnect', '--scenario', 'win10-office-near-limit', '--file', '805306400']);
    expect(json).toEqual({
      steps: [{ argv: [NET, 'file', '805306400', '/close'], purpose: 'Close C:\\Shares\\Projects\\Plan 2027.docx' }],
      backup: [],
      undo: [],
      warnings: ['C:\\Shares\\Projects\\Plan 2027.docx will be closed for the computer that has it open; changes not yet saved in it can be lost.'],
      restart: 'none',
      undoable: false,
      summary: 'Close C:\\Shares\\Projects\\Plan 2027.docx for the computer that has it open.',
    });
  });

  it('autodisconnect without --minutes sets 15, backs up LanmanServer and undoes to -1', async () => {
    const json = await planJson(['autodisconnect', '--scenario', 'win10-office-near-limit']);
    const backupFile: string = json.backup[0].argv[3];
    expect(backupFile).toMatch(new RegExp(`${STAMP}-lanmanserver\\.reg$`));
    expect(json).toEqual({
      steps: [{ argv: [NET, 'config', 'server', '/autodisconnect:15'], purpose: 'Set the idle time to 15 minutes' }],
      backup: [{ argv: [REG, 'export', LANMAN, backupFile, '/y'], purpose: `Save ${LANMAN} to ${backupFile}` }],
      undo: [{ argv: [NET, 'config', 'server', '/autodisconnect:-1'], purpose: 'Set the idle time back to -1' }],
      warnings: ['Mapped drives on other computers may show a red cross after they have been idle; they reconnect as soon as they are opened.'],
      restart: 'none',
      undoable: true,
      summary: 'Close connections that nobody has used for 15 minutes (now: -1).',
    });
    expect((await planJson(['autodisconnect', '--scenario', 'win10-office-near-limit', '--minutes', '30'])).steps[0].argv).toEqual([
      NET,
      'config',
      'server',
      '/autodisconnect:30',
    ]);
  });
});

describe('workgroup-doctor plan', () => {
  it('prints a readable plan with the exact command lines, and says nothing was changed', async () => {
    const result = await runCli(['plan', 'method-1', '--scenario', 'xp-print-host-at-limit']);
    expect(result.status).toBe(0);
    const text = result.stdout;
    expect(text).toMatch(/^Workgroup Doctor: plan for simulated PC "Windows XP Professional print host/);
    expect(text).toContain('Turn on RestrictAnonymous, so that computers can no longer connect to this PC without logging on.');
    expect(text).toMatch(new RegExp(`Backup first:\\n.*Save ${escape(LSA)} to .*-lsa\\.reg\\n\\s+> ${escape(REG)} export ${escape(LSA)} \\S+-lsa\\.reg /y\\n`));
    expect(text).toContain(`Steps:\n    1. Set RestrictAnonymous to 1\n       > ${REG} add ${LSA} /v RestrictAnonymous /t REG_DWORD /d 1 /f\n`);
    expect(text).toContain(`To undo:\n    1. Put RestrictAnonymous back to 0\n       > ${REG} add ${LSA} /v RestrictAnonymous /t REG_DWORD /d 0 /f\n`);
    expect(text).toContain('Warnings:\n    ! This PC may no longer appear');
    expect(text).toContain('Restart: On this older version of Windows a restart may be needed before it takes effect.');
    expect(text).toContain('Nothing was changed.');
  });

  it('quotes arguments with spaces, shows the env of the printer scripts, lists the files a disconnect closes', async () => {
    const printer = await runCli(['plan', 'method-2', '--scenario', 'win10-client-shares-printer', '--printer', 'Canon PIXMA TS5150']);
    expect(printer.stdout).toContain(
      `> ${POWERSHELL} -NoLogo -NoProfile -NonInteractive -Command "$ErrorActionPreference = 'Stop'; Set-Printer -Name $env:WGD_PRINTER_NAME -Shared $false"\n         with WGD_PRINTER_NAME=Canon PIXMA TS5150\n`,
    );
    const disconnect = await runCli(['plan', 'disconnect', '--scenario', 'win10-office-near-limit', '--computer', '192.168.10.101']);
    expect(disconnect.stdout).toContain('Open files this closes:\n    805306400  C:\\Shares\\Projects\\Plan 2027.docx  (ana)\n');
    expect(disconnect.stdout).toContain('To undo:\n    (this cannot be undone)\n');
  });

  it('plans from a collected folder exactly as from the PC itself; backups go to the data folder', async () => {
    const folder = temporaryDirectory('wgd-collected-');
    expect((await runCli(['collect', folder, '--scenario', 'win10-office-near-limit'])).status).toBe(0);
    const fromFolder = await planJson(['disconnect', '--from', folder, '--computer', '192.168.10.101']);
    expect(fromFolder).toEqual(await planJson(['disconnect', '--scenario', 'win10-office-near-limit', '--computer', '192.168.10.101']));
    const autodisconnect = await planJson(['autodisconnect', '--from', folder, '--minutes', '20']);
    expect(autodisconnect.summary).toBe('Close connections that nobody has used for 20 minutes (now: -1).');
    expect(autodisconnect.backup[0].argv[3]).toMatch(new RegExp(`^${escape(path.join(dataDir, 'backups'))}${escape(path.sep)}${STAMP}-lanmanserver\\.reg$`));
    const text = await runCli(['plan', 'autodisconnect', '--from', folder]);
    expect(text.stdout).toMatch(/^Workgroup Doctor: plan for outputs collected on OFFICE-PC/);
    expect(text.stdout).toContain('run "workgroup-doctor apply" with the same fix on that PC');
  });

  it.each([
    [
      ['disconnect', '--scenario', 'win10-office-near-limit', '--computer', '192.168.99.99'],
      /^workgroup-doctor plan: 192\.168\.99\.99 is not connected to this PC\. Nothing would be changed\.\n$/,
    ],
    [
      ['disconnect', '--scenario', 'win10-office-near-limit', '--computer', 'PC & del C:\\*'],
      /"PC & del C:\\\*" is not a computer name Workgroup Doctor will pass to Windows \(shell-character\)\. Nothing would be changed\./,
    ],
    [
      ['method-2', '--scenario', 'win10-client-shares-printer', '--printer', 'Microsoft Print to PDF'],
      /"Microsoft Print to PDF" is not a printer this PC shares\. Nothing would be changed\./,
    ],
    [
      ['autodisconnect', '--scenario', 'win10-office-near-limit', '--minutes', '0'],
      /0 is not an idle time Workgroup Doctor will set: choose between 1 and 65535 minutes/,
    ],
    [['disconnect', '--scenario', 'win10-office-near-limit', '--file', '4242'], /There is no open file with the number 4242\. Nothing would be changed\./],
    [['autodisconnect', '--scenario', 'win11-healthy'], /^workgroup-doctor plan: The idle time is already 15 minutes\. Nothing would be changed\.\n$/],
  ])('refuses %j with exit 1 and the catalog message, printing no plan', async (args, message) => {
    const result = await runCli(['plan', ...args]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it.each([
    [['frob'], /there is no fix "frob"/],
    [[], /name the fix: method-1, method-2, disconnect, autodisconnect/],
    [['method-2', '--scenario', 'win10-client-shares-printer'], /method-2 needs the printers to stop sharing: --printer NAME/],
    [['disconnect', '--computer', 'A', '--file', '1'], /give --computer or --file, not both/],
    [['disconnect'], /disconnect needs --computer NAME, once per computer .* or --file ID/],
    [['disconnect', '--file', 'abc'], /--file takes the number "net file" lists, not "abc"/],
    [['autodisconnect', '--minutes', 'ten'], /--minutes takes a whole number of minutes, not "ten"/],
    [['autodisconnect', '--minutes', '1.5'], /--minutes takes a whole number/],
    [['method-1', '--printer', 'X'], /--printer does not go with method-1/],
    [['method-1', '--role', 'boss'], /--role must be host or client/],
    [['method-1', '--from', 'x', '--scenario', 'y'], /not both/],
    [['method-1', '--force'], /unknown option --force\n/],
  ])('calls %j a usage mistake: exit 2 with the usage', async (args, message) => {
    const result = await runCli(['plan', ...args]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toContain('workgroup-doctor plan <method-1|method-2|disconnect|autodisconnect|start-server>');
  });
});

const simulatedFolder = (scenario: string) => dataFolderAt(dataDir).simulatedPc(scenario).root;

describe('workgroup-doctor apply', () => {
  it('applies Method 1 on a simulated PC with --yes: outcome, backup, journal, before and after', async () => {
    const result = await runCli(['apply', 'method-1', '--scenario', 'xp-print-host-at-limit', '--role', 'host', '--yes']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const text = result.stdout;
    expect(text).toContain('Steps:\n    1. Set RestrictAnonymous to 1\n');
    expect(text).not.toContain('Apply these changes?');
    expect(text).toContain('Result: The change was made and checked.\n');
    const id = /^Change: (\S+-method-1)$/m.exec(text)?.[1];
    expect(id).toBeDefined();
    const backup = (/^Backups: (.+)$/m.exec(text)?.[1] ?? '').split(', ')[0]!;
    expect(backup).toMatch(new RegExp(`^${escape(path.join(simulatedFolder('xp-print-host-at-limit'), 'backups'))}${escape(path.sep)}${STAMP}-lsa\\.reg$`));
    expect(readFileSync(backup).subarray(2).toString('utf16le')).toContain('"restrictanonymous"=dword:00000000');
    const journal = path.join(simulatedFolder('xp-print-host-at-limit'), 'journal.json');
    expect(text).toContain(`Journal: ${journal}\n`);
    expect(JSON.parse(readFileSync(journal, 'utf8'))).toMatchObject({
      format: 'workgroup-doctor-journal',
      version: 1,
      entries: [{ id, status: 'applied', change: { action: 'method-1' } }],
    });
    expect(text).toMatch(/Before and after:\n\s+Before\s+After\n\s+Connections in use\s+10\s+10\n\s+Anonymous connections\s+4\s+4\n/);
    expect(text).toMatch(/gone\s+Anonymous connections are allowed \(RestrictAnonymous is 0\)\s+\(restrict-anonymous-off\)/);
    expect(text).toMatch(/still there\s+Anonymous connections are taking slots \(4\)\s+\(null-sessions\)/);
    expect(text).toContain(`Undo: workgroup-doctor undo ${id} --scenario xp-print-host-at-limit`);
  });

  it('start-server: plan shows sc config (start= and auto apart) and net start; apply starts it, the backups are the planned ones, undo stops it', async () => {
    const SC = 'C:\\Windows\\System32\\sc.exe';
    const json = await planJson(['start-server', '--scenario', 'win10-server-service-stopped']);
    expect(json.steps).toEqual([
      { argv: [SC, 'config', 'lanmanserver', 'start=', 'auto'], purpose: 'Set the Server service to start automatically' },
      { argv: [NET, 'start', 'lanmanserver'], purpose: 'Start the Server service' },
    ]);
    expect(json.undo).toEqual([
      { argv: [NET, 'stop', 'lanmanserver', '/y'], purpose: 'Stop the Server service again (it was stopped before)' },
      { argv: [SC, 'config', 'lanmanserver', 'start=', 'disabled'], purpose: "Set the Server service's start type back to disabled" },
    ]);
    expect(json.summary).toBe(
      'Start the Server service, which file and printer sharing runs in, and make it start with Windows (its start type was disabled before).',
    );

    const applied = await runCli(['apply', 'start-server', '--scenario', 'win10-server-service-stopped', '--role', 'host', '--yes']);
    expect(applied.stderr).toBe('');
    expect(applied.status).toBe(0);
    expect(applied.stdout).toContain('> C:\\Windows\\System32\\sc.exe config lanmanserver start= auto\n');
    expect(applied.stdout).toContain('Result: The change was made and checked.\n');
    expect(applied.stdout).toMatch(/gone\s+File and printer sharing is switched off \(the Server service is stopped\)\s+\(server-service-stopped\)/);
    // The backup named in the plan printed before the question is the one written.
    const planned = /Save HKLM\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer to (\S+\.reg)/.exec(applied.stdout)?.[1];
    expect(applied.stdout).toContain(`Backups: ${planned}\n`);
    expect(existsSync(planned!)).toBe(true);
    const id = /^Change: (\S+-start-server)$/m.exec(applied.stdout)?.[1];
    const diagnosis = await runCli(['diagnose', '--scenario', 'win10-server-service-stopped', '--json']);
    expect(JSON.parse(diagnosis.stdout).findings.map((f: { id: string }) => f.id)).not.toContain('server-service-stopped');

    const undone = await runCli(['undo', id!, '--scenario', 'win10-server-service-stopped', '--yes']);
    expect(undone.status).toBe(0);
    expect(undone.stdout).toContain(`${id}: The change was undone.`);
    const after = await runCli(['diagnose', '--scenario', 'win10-server-service-stopped', '--json']);
    expect(after.status).toBe(4);
    expect(JSON.parse(after.stdout).findings[0].id).toBe('server-service-stopped');
    expect((await runCli(['plan', 'start-server', '--scenario', 'win11-healthy'])).stderr).toBe(
      'workgroup-doctor plan: The Server service is running already; there is nothing to start. Nothing would be changed.\n',
    );
  });

  it('--json prints only the outcome on stdout: status, entry, problem, sessions and findings before and after', async () => {
    const result = await runCli([
      'apply',
      'disconnect',
      '--scenario',
      'win10-office-near-limit',
      '--computer',
      '192.168.10.101',
      '--role',
      'host',
      '--yes',
      '--json',
    ]);
    expect(result.status).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['status', 'entryId', 'problem', 'before', 'after']);
    expect(json).toMatchObject({
      status: 'applied',
      entryId: expect.stringMatching(/-disconnect$/),
      problem: null,
      before: { sessions: { total: 19, null: 0 } },
      after: { sessions: { total: 18, null: 0 } },
    });
    expect(json.before.findings).toContain('limit-near');
    expect(result.stderr).toContain('End the connection from 192.168.10.101');

    const autodisconnect = JSON.parse((await runCli(['apply', 'autodisconnect', '--scenario', 'win10-office-near-limit', '--yes', '--json'])).stdout);
    expect(autodisconnect.before.findings).toContain('autodisconnect-off');
    expect(autodisconnect.after.findings).not.toContain('autodisconnect-off');
  });

  it('asks first: "n" (or no answer) changes nothing and exits 1; "y" applies', async () => {
    const no = await runCli(['apply', 'autodisconnect', '--scenario', 'win10-office-near-limit'], 'n\n');
    expect(no.status).toBe(1);
    expect(no.stdout).toContain('Set the idle time to 15 minutes');
    expect(no.stdout).toMatch(/Apply these changes\? \[y\/N\] \nNothing was changed\.\n$/);
    expect(no.stdout).not.toContain('Result:');
    expect(existsSync(path.join(simulatedFolder('win10-office-near-limit'), 'journal.json'))).toBe(false);

    const silent = await runCli(['apply', 'autodisconnect', '--scenario', 'win10-office-near-limit']);
    expect(silent.status).toBe(1);
    expect(silent.stdout).toMatch(/Nothing was changed\.\n$/);

    const yes = await runCli(['apply', 'autodisconnect', '--scenario', 'win10-office-near-limit'], 'yes\n');
    expect(yes.status).toBe(0);
    expect(yes.stdout).toContain('Result: The change was made and checked.');
    expect(yes.stdout).toMatch(/gone\s+Idle connections are never closed\s+\(autodisconnect-off\)/);
  });

  it('--reset starts a simulated PC afresh, with an empty journal, even over a damaged one', async () => {
    const folder = simulatedFolder('xp-print-host-at-limit');
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, 'journal.json'), '{"version": 1, "entries": [ {"id": "half');
    const refused = await runCli(['apply', 'method-1', '--scenario', 'xp-print-host-at-limit', '--yes', '--json']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/The record of earlier changes \(.*journal\.json\) is damaged/);
    const result = await runCli(['apply', 'method-1', '--scenario', 'xp-print-host-at-limit', '--reset', '--yes', '--json']);
    expect(result.status).toBe(0);
    expect(JSON.parse(readFileSync(path.join(folder, 'journal.json'), 'utf8')).entries).toHaveLength(1);
  });

  it('refuses --from: a folder of saved outputs cannot be changed (exit 2)', async () => {
    const result = await runCli(['apply', 'method-1', '--from', temporaryDirectory('wgd-collected-'), '--yes']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/apply does not take --from: a folder of saved outputs cannot be changed/);
  });

  it('refuses without administrator rights, before asking, with the catalog message', async () => {
    const result = await runCli(['apply', 'autodisconnect', '--scenario', 'win10-not-elevated', '--minutes', '30'], 'y\n');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('workgroup-doctor apply: Windows allows this change only to an administrator. Nothing was changed.\n');
    expect(existsSync(path.join(simulatedFolder('win10-not-elevated'), 'journal.json'))).toBe(false);
  });

  it('refuses what the plan refuses, with exit 1 and nothing run', async () => {
    const result = await runCli(['apply', 'disconnect', '--scenario', 'win10-office-near-limit', '--computer', 'PC & del C:\\*', '--yes']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/is not a computer name Workgroup Doctor will pass to Windows/);
    expect(existsSync(path.join(simulatedFolder('win10-office-near-limit'), 'journal.json'))).toBe(false);
  });

  it('reports a fix that was rolled back with exit 1 and the problem', async () => {
    const scenario = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../shared/simulated-host/scenarios/win10-office-near-limit.json'), 'utf8'));
    const file = path.join(temporaryDirectory('wgd-scenario-'), 'faulty.json');
    writeFileSync(file, JSON.stringify({ ...scenario, id: 'faulty-office', faults: { 'net config': { kind: 'access-denied', when: '/autodisconnect' } } }));
    const result = await runCli(['apply', 'autodisconnect', '--scenario', file, '--yes']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Result: The change did not work, so everything was put back as it was: step ');
    expect(result.stdout).toMatch(/Problem: step 1 failed: access-denied/);
    expect(result.stdout).toMatch(/still there\s+Idle connections are never closed/);
  });
});

describe('workgroup-doctor changes and undo', () => {
  /** A journal for "this PC", borrowed from a simulated run. */
  async function journalWithOneChange(): Promise<string> {
    const applied = JSON.parse((await runCli(['apply', 'method-1', '--scenario', 'xp-print-host-at-limit', '--yes', '--json'])).stdout);
    copyFileSync(path.join(simulatedFolder('xp-print-host-at-limit'), 'journal.json'), path.join(dataDir, 'journal.json'));
    return applied.entryId;
  }

  it('lists the journal of this PC, as text and as JSON', async () => {
    expect((await runCli(['changes'])).stdout).toContain('No changes recorded.');
    const id = await journalWithOneChange();
    const text = await runCli(['changes']);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`${id}  in effect\n    Turn on RestrictAnonymous`);
    expect(text.stdout).toContain(`Undo: workgroup-doctor undo ${id}`);
    const json = JSON.parse((await runCli(['changes', '--json'])).stdout);
    expect(json).toMatchObject({
      journal: path.join(dataDir, 'journal.json'),
      entries: [{ id, status: 'applied', request: { action: 'method-1' }, undoable: true, problem: null }],
    });
  });

  it('keeps a damaged journal and says so (exit 1)', async () => {
    writeFileSync(path.join(dataDir, 'journal.json'), '{"version": 1,');
    const result = await runCli(['changes']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/The record of earlier changes \(.*journal\.json\) is damaged/);
  });

  it('a simulated PC keeps its changes between commands, so apply, changes and undo can be practised', async () => {
    const applied = JSON.parse((await runCli(['apply', 'method-1', '--scenario', 'xp-print-host-at-limit', '--yes', '--json'])).stdout);
    const diagnosis = async () => JSON.parse((await runCli(['diagnose', '--scenario', 'xp-print-host-at-limit', '--json'])).stdout);
    expect((await diagnosis()).findings.map((f: { id: string }) => f.id)).not.toContain('restrict-anonymous-off');
    const listed = await runCli(['changes', '--scenario', 'xp-print-host-at-limit']);
    expect(listed.stdout).toContain(`Undo: workgroup-doctor undo ${applied.entryId} --scenario xp-print-host-at-limit`);
    const undone = await runCli(['undo', 'all', '--scenario', 'xp-print-host-at-limit', '--yes']);
    expect(undone.status).toBe(0);
    expect(undone.stdout).toContain('1. Put RestrictAnonymous back to 0');
    expect(undone.stdout).toContain(`${applied.entryId}: The change was undone`);
    expect((await diagnosis()).findings.map((f: { id: string }) => f.id)).toContain('restrict-anonymous-off');
    expect((await runCli(['diagnose', '--scenario', 'xp-print-host-at-limit', '--reset', '--json'])).status).toBe(4);
    expect((await runCli(['changes', '--scenario', 'xp-print-host-at-limit'])).stdout).toContain('No changes recorded.');
  }, 90_000); // seven commands, each a scan or more of a simulated PC: slow on a busy machine, never hanging

  it('undo: unknown changes are refused; this PC needs Windows', async () => {
    expect((await runCli(['undo'])).status).toBe(2);
    const unknown = await runCli(['undo', 'no-such-change', '--yes']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toMatch(/There is no change here that can be undone\./);
    if (process.platform === 'win32') return;
    const id = await journalWithOneChange();
    const notWindows = await runCli(['undo', id, '--yes']);
    expect(notWindows.status).toBe(1);
    expect(notWindows.stderr).toMatch(/does not run Windows: undo works on the Windows PC/);
  });

  it('the general help lists the new commands', async () => {
    const help = (await runCli(['help'])).stdout;
    for (const command of ['plan', 'apply', 'undo', 'changes']) expect(help).toContain(`  workgroup-doctor ${command} `);
  });
});

describe('the data folder', () => {
  it('is %APPDATA%\\Workgroup Doctor on Windows, XDG elsewhere, and WORKGROUP_DOCTOR_DATA_DIR wins', () => {
    const root = (...args: Parameters<typeof resolveDataFolder>) => resolveDataFolder(...args).root;
    expect(root({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Workgroup Doctor');
    expect(root({}, 'win32', 'C:\\Users\\ana')).toBe('C:\\Users\\ana\\AppData\\Roaming\\Workgroup Doctor');
    expect(root({ XDG_DATA_HOME: '/data' }, 'linux', '/home/ana')).toBe(path.join('/data', 'workgroup-doctor'));
    expect(root({ XDG_DATA_HOME: 'relative' }, 'linux', '/home/ana')).toBe(path.join('/home/ana', '.local', 'share', 'workgroup-doctor'));
    expect(root({}, 'darwin', '/Users/ana')).toBe(path.join('/Users/ana', '.local', 'share', 'workgroup-doctor'));
    expect(root({ [DATA_DIR_ENV]: dataDir, APPDATA: 'C:\\x' }, 'win32')).toBe(path.resolve(dataDir));
    expect(resolveDataFolder({ APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32').journalFile).toBe(
      'C:\\Users\\ana\\AppData\\Roaming\\Workgroup Doctor\\journal.json',
    );
    expect(dataFolderAt('/base').simulatedPc('../../etc').root).toBe(path.join('/base', 'simulated', '-..-etc'));
  });
});
