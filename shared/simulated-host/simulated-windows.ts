import { GET_PRINTERS_SCRIPT, PRINTER_NAME_ENV, SHARE_NAME_ENV, SHARE_PRINTER_SCRIPT, UNSHARE_PRINTER_SCRIPT } from '../commands/powershell-scripts';
import type { WindowsProgramName } from '../commands/windows-program';
import { bareComputerName, sameComputer } from '../windows/computer-names';
import { autodisconnectRegistryData } from '../windows/net-command-lines';
import { AUTODISCONNECT_VALUE } from '../windows/registry-keys';
import {
  findKey,
  findValue,
  hasGetPrinter,
  hasPowerShell,
  keysUnder,
  withPrinterSharing,
  LANMAN_SERVER_PARAMETERS_KEY,
  usesXpRegLayout,
  withRegistryValue,
} from './host-registry';
import { hostMessages } from './render/messages';
import { renderNetView } from './render/net-view';
import { renderScQueryConfig, renderScQueryState } from './render/sc';
import {
  NO_SUCH_SERVICE_ERROR,
  SERVER_SERVICE_NAME,
  SERVICE_ALREADY_STARTED_ERROR,
  SERVICE_DISABLED_ERROR,
  SERVICE_NOT_STARTED_ERROR,
  SETTABLE_SERVER_START_TYPES,
  type SettableServerStartType,
} from '../windows/server-service';
import { renderNbtstatSessions } from './render/nbtstat';
import { renderNetConfigServer } from './render/net-config-server';
import { renderNetFile } from './render/net-file';
import { renderNetSession, renderNetSessionDetail } from './render/net-session';
import { renderNetShare, renderNetShareDetail } from './render/net-share';
import { renderNetstat, type NetstatRow } from './render/netstat';
import { renderRegNotFound, renderRegOperationSucceeded, renderRegQueryKey, renderRegQueryTree, renderRegQueryValue } from './render/reg-query';
import type { CommandFault, Scenario, SimulatedRegistryValue } from './scenario';

/** The programs the simulated host answers for: every allowlisted one. */
export type SimulatedProgram = WindowsProgramName;

/** What one command did: its output (text; the Node side encodes it), exit code, and the host's new state. */
export interface CommandOutcome {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
  /** The state after the command (the same object when nothing changed). */
  readonly state: Scenario;
  /** Sleep this long before answering (a slow command). */
  readonly delayMs: number;
  /** Never answer (a hung command). */
  readonly hang: boolean;
  /** The program does not exist on this PC. */
  readonly missing: boolean;
  /** Files the command writes (reg export): written by the Node side as UTF-16LE with a BOM, like reg.exe. */
  readonly writtenFiles: readonly { readonly path: string; readonly text: string }[];
}

/**
 * Runs one command line against the simulated PC. Pure: the fake executables read the state from disk,
 * call this, print the outcome in the scenario's code page and save the new state.
 */
export function runSimulatedCommand(
  state: Scenario,
  program: SimulatedProgram,
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): CommandOutcome {
  const fault = faultFor(state, program, args);
  if (fault) {
    const faulted = applyFault(state, fault);
    if (faulted) return faulted;
  }
  const outcome = dispatch(state, program, args.map(String), env);
  return fault?.kind === 'delay' ? { ...outcome, delayMs: fault.ms } : outcome;
}

function result(state: Scenario, stdout: string, exitCode = 0, stderr = ''): CommandOutcome {
  return { stdout, stderr, exitCode, state, delayMs: 0, hang: false, missing: false, writtenFiles: [] };
}

function failure(state: Scenario, stderr: string, exitCode: number): CommandOutcome {
  return result(state, '', exitCode, stderr);
}

function faultFor(state: Scenario, program: SimulatedProgram, args: readonly string[]): CommandFault | null {
  const faults = state.faults ?? {};
  const specific = `${program} ${args[0] ?? ''}`.trim().toLowerCase();
  const fault = faults[specific] ?? faults[program] ?? null;
  return fault && (fault.when === undefined || args.join(' ').includes(fault.when)) ? fault : null;
}

function applyFault(state: Scenario, fault: CommandFault): CommandOutcome | null {
  const m = hostMessages(state.displayLanguage);
  switch (fault.kind) {
    case 'missing':
      return { ...result(state, ''), missing: true, exitCode: 127 };
    case 'hang':
      return { ...result(state, ''), hang: true };
    case 'access-denied':
      return failure(state, m.systemError(5), 2);
    case 'system-error':
      return failure(state, m.systemError(fault.code), 2);
    case 'garbage':
      return result(state, fault.text);
    case 'delay':
      return null;
  }
}

function dispatch(state: Scenario, program: SimulatedProgram, args: string[], env: Readonly<Record<string, string | undefined>>): CommandOutcome {
  switch (program) {
    case 'net':
      return net(state, args);
    case 'reg':
      return reg(state, args);
    case 'netstat':
      return netstat(state, args);
    case 'nbtstat':
      return nbtstat(state, args);
    case 'chcp':
      return result(state, hostMessages(state.displayLanguage).activeCodePage(state.codePage));
    case 'fltmc':
      return state.elevated ? result(state, FLTMC_FILTERS) : failure(state, 'FilterFindFirst failed with error 0x80070005\r\nAccess is denied.\r\n', 1);
    case 'powershell':
      return powershell(state, args, env);
    case 'rundll32':
      return rundll32(state, args);
    case 'sc':
      return sc(state, args);
  }
}

const isSwitch = (arg: string, ...names: string[]) => names.some((name) => arg.toLowerCase() === name);

// ---- net ---------------------------------------------------------------------------------------

function net(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  const [verb = '', ...rest] = args;
  const command = verb.toLowerCase();
  const needsServer = ['session', 'sessions', 'file', 'files', 'share', 'config'].includes(command);
  if (needsServer && !state.serverServiceRunning) return failure(state, m.serverServiceNotStarted(), 2);
  switch (command) {
    case 'start':
    case 'stop':
      return netStartStop(state, command, rest);
    case 'view':
      return netView(state, rest);
    case 'session':
    case 'sessions':
      return netSession(state, rest);
    case 'file':
    case 'files':
      return netFile(state, rest);
    case 'share':
      return netShare(state, rest);
    case 'config':
      if ((rest[0] ?? '').toLowerCase() === 'server') return netConfigServer(state, rest.slice(1));
      return failure(state, m.syntaxError('NET CONFIG [SERVER | WORKSTATION]'), 1);
    default:
      return failure(
        state,
        m.syntaxError(
          'NET [ ACCOUNTS | COMPUTER | CONFIG | CONTINUE | FILE | GROUP | HELP | HELPMSG | LOCALGROUP | PAUSE | SESSION | SHARE | START | STATISTICS | STOP | TIME | USE | USER | VIEW ]',
        ),
        1,
      );
  }
}

function opensOf(state: Scenario, computer: string, user: string): number {
  return state.openFiles.filter((file) => sameComputer(file.computer, computer) && file.user === user).length;
}

function netSession(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  if (!state.elevated) return failure(state, m.systemError(5), 2);
  const computerArg = args.find((arg) => arg.startsWith('\\\\'));
  const deleting = args.some((arg) => isSwitch(arg, '/delete', '/del', '/d'));
  if (deleting && computerArg === undefined) {
    // The app must never end every session at once; the fake refuses so a test catches it if it tried.
    return failure(state, 'SIMULATED HOST: refusing "net session /delete" without a computer name.\r\n', 2);
  }
  if (computerArg === undefined) {
    const rows = state.sessions.map((s) => ({
      computer: s.computer,
      user: s.user,
      clientType: s.clientType,
      opens: opensOf(state, s.computer, s.user),
      idleSeconds: s.idleSeconds,
    }));
    return result(state, renderNetSession(rows, state.displayLanguage));
  }
  const matching = state.sessions.filter((session) => sameComputer(session.computer, computerArg));
  if (matching.length === 0) return failure(state, m.systemError(2312), 2);
  if (deleting) {
    const next: Scenario = {
      ...state,
      sessions: state.sessions.filter((session) => !sameComputer(session.computer, computerArg)),
      openFiles: state.openFiles.filter((file) => !sameComputer(file.computer, computerArg)),
    };
    return result(next, m.commandCompleted());
  }
  const session = matching[0]!;
  const shares = state.openFiles
    .filter((file) => sameComputer(file.computer, computerArg))
    .map((file) => (file.path.toUpperCase().startsWith('\\PIPE\\') ? 'IPC$' : shareNameForPath(state, file.path)));
  const counted = new Map<string, number>();
  for (const share of shares) counted.set(share, (counted.get(share) ?? 0) + 1);
  const shareRows = [...counted].map(([name, opens]) => ({ name, type: name === 'IPC$' ? 'IPC' : 'Disk', opens }));
  return result(state, renderNetSessionDetail({ ...session, sessionSeconds: session.idleSeconds + 60 }, shareRows, state.displayLanguage));
}

function shareNameForPath(state: Scenario, path: string): string {
  const share = state.shares
    .filter((s) => s.kind === 'disk' && s.resource !== '' && path.toLowerCase().startsWith(s.resource.toLowerCase()))
    .sort((a, b) => b.resource.length - a.resource.length)[0];
  return share?.name ?? 'C$';
}

function netFile(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  if (!state.elevated) return failure(state, m.systemError(5), 2);
  const [idArg, ...switches] = args;
  if (idArg === undefined) return result(state, renderNetFile(state.openFiles, state.displayLanguage));
  const id = Number(idArg);
  const file = state.openFiles.find((f) => f.id === id);
  if (!Number.isInteger(id) || !file) return failure(state, m.systemError(2314), 2);
  if (switches.some((arg) => isSwitch(arg, '/close'))) {
    return result({ ...state, openFiles: state.openFiles.filter((f) => f.id !== id) }, m.commandCompleted());
  }
  return result(state, renderNetFile([file], state.displayLanguage));
}

function netShare(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  const [name] = args;
  if (name === undefined) return result(state, renderNetShare(state.shares, state.displayLanguage));
  const share = state.shares.find((s) => s.name.toLowerCase() === name.toLowerCase());
  if (!share) return failure(state, m.systemError(2310), 2);
  return result(state, renderNetShareDetail(share, state.displayLanguage));
}

function netConfigServer(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  // NetServerGetInfo level 102 (which net config server reads) is for administrators only.
  if (!state.elevated) return failure(state, m.systemError(5), 2);
  const setting = args.find((arg) => /^\/autodisconnect:/i.test(arg));
  if (setting === undefined) return result(state, renderNetConfigServer(state.computerName, state.server, state.displayLanguage));
  const minutes = Number(setting.split(':')[1]);
  if (!Number.isInteger(minutes) || minutes < -1 || minutes > 65535) return failure(state, m.systemError(87), 2);
  const next = withRegistryValue(
    { ...state, server: { ...state.server, autodisconnectMinutes: minutes } },
    LANMAN_SERVER_PARAMETERS_KEY,
    AUTODISCONNECT_VALUE,
    { type: 'REG_DWORD', data: autodisconnectRegistryData(minutes) },
  );
  return result(next, m.commandCompleted());
}

/**
 * net view \\NAME: another computer's shares, as the scenario describes that computer, or the error it
 * answers with (71 when it is full). A name the scenario does not know is not found (53). Without a
 * name net view lists the workgroup's computers, which is not simulated.
 */
function netView(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  const target = args.find((arg) => arg.startsWith('\\\\'));
  if (target === undefined) return failure(state, m.systemError(6118), 2);
  const name = bareComputerName(target).replace(/\\+$/, '');
  const known = Object.entries(state.remoteComputers ?? {}).find(([computer]) => sameComputer(computer, name));
  if (!known) return failure(state, m.systemError(53), 2);
  const [computer, answer] = known;
  if (answer.systemError !== undefined) return failure(state, m.systemError(answer.systemError), 2);
  return result(state, renderNetView(computer, answer.shares ?? [], state.displayLanguage));
}

// ---- the Server service: net start / net stop, sc ----------------------------------------------

/** Names net start / net stop take for the Server service: its service name or its display name. */
const isServerService = (name: string | undefined) => ['lanmanserver', 'server'].includes((name ?? '').toLowerCase());

function netStartStop(state: Scenario, command: 'start' | 'stop', args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  const [name] = args;
  if (!isServerService(name)) return failure(state, m.systemError(2185), 2);
  if (!state.elevated) return failure(state, m.systemError(5), 2);
  if (command === 'start') {
    if (state.serverServiceRunning) return failure(state, m.systemError(SERVICE_ALREADY_STARTED_ERROR), 2);
    if ((state.serverStartType ?? 'auto') === 'disabled') return failure(state, m.systemError(SERVICE_DISABLED_ERROR), 2);
    return result({ ...state, serverServiceRunning: true }, m.serverServiceStarted());
  }
  if (!state.serverServiceRunning) return failure(state, m.systemError(SERVICE_NOT_STARTED_ERROR), 2);
  // Services that depend on it (Computer Browser on XP) would make net ask first; without /y the
  // question gets no answer here, so the fake refuses, as an unanswered prompt would end.
  if (!args.some((arg) => isSwitch(arg, '/y', '/yes'))) return failure(state, 'SIMULATED HOST: net stop of the Server service needs /y.\r\n', 2);
  return result({ ...state, serverServiceRunning: false }, m.serverServiceStopped());
}

/**
 * sc qc / query / config for the Server service. sc's exit code is the Win32 error number. "start="
 * and its value are two arguments: "start=auto" in one is refused, as sc does (with its usage text and
 * ERROR_INVALID_COMMAND_LINE).
 */
function sc(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  const [operation = '', name] = args;
  const startType = state.serverStartType ?? 'auto';
  // sc takes the service name only (net also takes the display name).
  const open = (call: string) =>
    name?.toLowerCase() === SERVER_SERVICE_NAME ? null : failure(state, m.scFailed(call, NO_SUCH_SERVICE_ERROR), NO_SUCH_SERVICE_ERROR);
  switch (operation.toLowerCase()) {
    case 'qc':
      return open('OpenService') ?? result(state, renderScQueryConfig(startType, state.displayLanguage));
    case 'query':
      return open('OpenService') ?? result(state, renderScQueryState(state.serverServiceRunning));
    case 'config': {
      const unknown = open('OpenService');
      if (unknown) return unknown;
      const at = args.findIndex((arg) => arg.toLowerCase() === 'start=');
      const value = at >= 0 ? args[at + 1]?.toLowerCase() : undefined;
      if (!SETTABLE_SERVER_START_TYPES.some((type) => type === value)) return failure(state, SC_CONFIG_USAGE, INVALID_COMMAND_LINE_ERROR);
      if (!state.elevated) return failure(state, m.scFailed('OpenService', 5), 5);
      return result({ ...state, serverStartType: value as SettableServerStartType }, m.scSucceeded('ChangeServiceConfig'));
    }
    default:
      return failure(state, SC_CONFIG_USAGE, INVALID_COMMAND_LINE_ERROR);
  }
}

/** ERROR_INVALID_COMMAND_LINE: what sc exits with after printing its usage. */
const INVALID_COMMAND_LINE_ERROR = 1639;
const SC_CONFIG_USAGE = [
  'DESCRIPTION:',
  '        Modifies a service entry in the registry and Service Database.',
  'USAGE:',
  '        sc <server> config [service name] <option1> <option2>...',
  '',
  'OPTIONS:',
  'NOTE: The option name includes the equal sign.',
  '      A space is required between the equal sign and the value.',
  ' start= <boot|system|auto|demand|disabled|delayed-auto>',
  '',
].join('\r\n');

// ---- reg ---------------------------------------------------------------------------------------

function reg(state: Scenario, args: string[]): CommandOutcome {
  const m = hostMessages(state.displayLanguage);
  const [operation = '', key = '', ...rest] = args;
  const valueName = valueOf(rest, '/v');
  switch (operation.toLowerCase()) {
    case 'query': {
      const found = findKey(state, key);
      if (!found) return failure(state, renderRegNotFound(state.displayLanguage), 1);
      const xp = usesXpRegLayout(state.windows);
      if (valueName === undefined && rest.some((arg) => isSwitch(arg, '/s'))) {
        return result(
          state,
          renderRegQueryTree(
            keysUnder(state, found.name).map((k) => ({ name: k.name, values: Object.entries(k.values) })),
            { xpLayout: xp },
          ),
        );
      }
      if (valueName === undefined) {
        const subkeys = keysUnder(state, found.name)
          .map((k) => k.name)
          .filter((k) => k.length > found.name.length && !k.slice(found.name.length + 1).includes('\\'));
        return result(state, renderRegQueryKey(found.name, Object.entries(found.values), subkeys, { xpLayout: xp }));
      }
      const value = findValue(found.values, valueName);
      if (!value) return failure(state, renderRegNotFound(state.displayLanguage), 1);
      return result(state, renderRegQueryValue(found.name, value[0], value[1], { xpLayout: xp }));
    }
    case 'add': {
      if (!state.elevated && /^(HKLM|HKEY_LOCAL_MACHINE)\\/i.test(key)) return failure(state, m.regAccessDenied(), 1);
      const type = (valueOf(rest, '/t') ?? 'REG_SZ').toUpperCase();
      const data = valueOf(rest, '/d') ?? '';
      const value = registryValueFrom(type, data);
      if (valueName === undefined || value === null) return failure(state, m.regInvalidSyntax(), 1);
      return result(withRegistryValue(state, key, valueName, value), renderRegOperationSucceeded(state.displayLanguage));
    }
    case 'delete': {
      if (!state.elevated && /^(HKLM|HKEY_LOCAL_MACHINE)\\/i.test(key)) return failure(state, m.regAccessDenied(), 1);
      const found = findKey(state, key);
      if (!found || valueName === undefined || !findValue(found.values, valueName)) return failure(state, renderRegNotFound(state.displayLanguage), 1);
      return result(withRegistryValue(state, key, valueName, null), renderRegOperationSucceeded(state.displayLanguage));
    }
    case 'export': {
      const found = findKey(state, key);
      // reg export KEY FILE [/y]: the file comes right after the key (it may start with / on the test machine).
      const file = rest[0] !== undefined && !isSwitch(rest[0], '/y') ? rest[0] : undefined;
      if (!found) return failure(state, renderRegNotFound(state.displayLanguage), 1);
      if (file === undefined) return failure(state, m.regInvalidSyntax(), 1);
      return {
        ...result(state, renderRegOperationSucceeded(state.displayLanguage)),
        writtenFiles: [{ path: file, text: regExportText(found.name, found.values) }],
      };
    }
    default:
      return failure(state, m.regInvalidSyntax(), 1);
  }
}

function valueOf(args: readonly string[], option: string): string | undefined {
  const index = args.findIndex((arg) => arg.toLowerCase() === option);
  return index >= 0 ? args[index + 1] : undefined;
}

function registryValueFrom(type: string, data: string): SimulatedRegistryValue | null {
  switch (type) {
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const number = /^0x[0-9a-f]+$/i.test(data) ? Number.parseInt(data, 16) : Number(data);
      return Number.isInteger(number) && number >= 0 ? { type, data: number } : null;
    }
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, data };
    case 'REG_MULTI_SZ':
      return { type, data: data === '' ? [] : data.split('\\0') };
    case 'REG_BINARY':
      return /^[0-9a-f]*$/i.test(data) ? { type, data } : null;
    default:
      return null;
  }
}

/** What `reg export` writes: a .reg file (the Node side stores it as UTF-16LE with a BOM, as reg.exe does). */
function regExportText(keyName: string, values: Readonly<Record<string, SimulatedRegistryValue>>): string {
  const lines = ['Windows Registry Editor Version 5.00', '', `[${keyName}]`];
  for (const [name, value] of Object.entries(values)) {
    const quoted = `"${name.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    if (value.type === 'REG_DWORD') lines.push(`${quoted}=dword:${value.data.toString(16).padStart(8, '0')}`);
    else if (value.type === 'REG_SZ') lines.push(`${quoted}="${value.data.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
    else
      lines.push(
        `${quoted}=hex(${value.type === 'REG_MULTI_SZ' ? 7 : value.type === 'REG_EXPAND_SZ' ? 2 : value.type === 'REG_QWORD' ? 'b' : 3}):${JSON.stringify(value.data)}`,
      );
  }
  return `${lines.join('\r\n')}\r\n\r\n`;
}

// ---- netstat, nbtstat -------------------------------------------------------------------------

function netstat(state: Scenario, args: string[]): CommandOutcome {
  const withPids = args.some((arg) => /o/i.test(arg.replace(/^-/, '')));
  const rows: NetstatRow[] = [
    { proto: 'TCP', local: '0.0.0.0:135', foreign: '0.0.0.0:0', state: 'LISTENING', pid: 912 },
    ...(state.serverServiceRunning ? [{ proto: 'TCP', local: '0.0.0.0:445', foreign: '0.0.0.0:0', state: 'LISTENING', pid: 4 } as const] : []),
    { proto: 'TCP', local: '192.168.1.10:139', foreign: '0.0.0.0:0', state: 'LISTENING', pid: 4 },
  ];
  state.sessions.forEach((session, index) => {
    const address = session.address ?? bareComputerName(session.computer);
    if (!/^[\d.]+$|^\[/.test(address)) return;
    rows.push({ proto: 'TCP', local: '192.168.1.10:445', foreign: `${address}:${49152 + index}`, state: 'ESTABLISHED', pid: 4 });
  });
  for (const extra of state.extraConnections ?? []) rows.push({ proto: 'TCP', ...extra });
  rows.push({ proto: 'UDP', local: '0.0.0.0:500', foreign: '*:*', state: '', pid: 3044 });
  rows.push({ proto: 'UDP', local: '192.168.1.10:137', foreign: '*:*', state: '', pid: 4 });
  return result(state, renderNetstat(rows, state.displayLanguage, { withPids }));
}

function nbtstat(state: Scenario, args: string[]): CommandOutcome {
  if (!args.some((arg) => /^-s$/i.test(arg)))
    return failure(state, 'NBTSTAT [ [-a RemoteName] [-A IP address] [-c] [-n] [-r] [-R] [-RR] [-s] [-S] [interval] ]\r\n', 1);
  const connections = state.netbiosConnections ?? [];
  return result(state, renderNbtstatSessions([{ name: 'Ethernet', nodeIpAddress: '192.168.1.10', scopeId: '', connections }], state.displayLanguage));
}

// ---- printers ----------------------------------------------------------------------------------

function powershell(state: Scenario, args: string[], env: Readonly<Record<string, string | undefined>>): CommandOutcome {
  if (!hasPowerShell(state.windows)) return { ...result(state, ''), missing: true, exitCode: 127 };
  const script = args[args.findIndex((arg) => arg.toLowerCase() === '-command') + 1];
  if (script === UNSHARE_PRINTER_SCRIPT || script === SHARE_PRINTER_SCRIPT) {
    if (!hasGetPrinter(state.windows))
      return failure(
        state,
        "Set-Printer : The term 'Set-Printer' is not recognized as the name of a cmdlet, function, script file, or operable program.\r\n",
        1,
      );
    if (!state.elevated) return failure(state, 'Set-Printer : Access was denied to the specified resource.\r\n', 1);
    const printer = state.printers.find((p) => p.name === env[PRINTER_NAME_ENV]);
    if (!printer) return failure(state, `Set-Printer : The specified printer was not found.\r\n`, 1);
    const share = script === SHARE_PRINTER_SCRIPT;
    const shareName = share ? (env[SHARE_NAME_ENV] ?? '') : printer.shareName;
    if (share && shareName === '') return failure(state, 'Set-Printer : The share name is not valid.\r\n', 1);
    return result(withPrinterSharing(state, printer.name, share, shareName), '');
  }
  if (script === GET_PRINTERS_SCRIPT) {
    if (!hasGetPrinter(state.windows))
      return failure(
        state,
        "Get-Printer : The term 'Get-Printer' is not recognized as the name of a cmdlet, function, script file, or operable program.\r\n",
        1,
      );
    const printers = state.printers.map((p) => ({
      Name: p.name,
      ShareName: p.shareName || null,
      Shared: p.shared,
      PortName: p.portName,
      DriverName: p.driverName,
    }));
    if (printers.length === 0) return result(state, '');
    return result(state, `${JSON.stringify(printers.length === 1 ? printers[0] : printers)}\r\n`);
  }
  return failure(state, 'SIMULATED HOST: this PowerShell script is not one the app may run.\r\n', 1);
}

/**
 * rundll32 printui.dll,PrintUIEntry /Xs /n NAME attributes -shared                 (stop sharing)
 * rundll32 printui.dll,PrintUIEntry /Xs /n NAME sharename SHARE attributes +shared (share again)
 * printui reports problems in a message box, not on the console; rundll32's exit code is 0 either way.
 */
function rundll32(state: Scenario, args: string[]): CommandOutcome {
  const [entry, ...rest] = args;
  if (entry?.toLowerCase() !== 'printui.dll,printuientry' || !rest.some((arg) => arg.toLowerCase() === '/xs')) {
    return failure(state, `SIMULATED HOST: rundll32 ${args.join(' ')} is not simulated.\r\n`, 1);
  }
  const name = valueOf(rest, '/n');
  const printer = state.printers.find((p) => p.name === name);
  if (!state.elevated || !printer) return result(state, '');
  const attributes = valueOf(rest, 'attributes');
  if (attributes === '-shared') return result(withPrinterSharing(state, printer.name, false, printer.shareName), '');
  if (attributes === '+shared') return result(withPrinterSharing(state, printer.name, true, valueOf(rest, 'sharename') ?? printer.shareName), '');
  return result(state, '');
}

const FLTMC_FILTERS = [
  '',
  'Filter Name                     Num Instances    Altitude    Frame',
  '------------------------------  -------------  ------------  -----',
  'WdFilter                                5       328010         0',
  'storqosflt                              0       244000         0',
  'FileInfo                                5       40500          0',
  '',
].join('\r\n');
