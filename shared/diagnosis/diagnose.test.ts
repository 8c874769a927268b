import { describe, expect, it } from 'vitest';
import type { Scenario, SimulatedSession } from '../simulated-host/scenario';
import { builtInScenario } from '../simulated-host/scenarios';
import { LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY, withRegistryValue } from '../simulated-host/host-registry';
import { diagnose } from './diagnose';
import { diagnosisToText } from './diagnosis-report';
import type { PcRole } from './finding';
import { readingsFromScenario } from './testing/readings-from-scenario';

const scenario = (id: string): Scenario => {
  const found = builtInScenario(id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
};
const run = (s: Scenario, role: PcRole = s.role) => diagnose(readingsFromScenario(s), { role });
const ids = (s: Scenario, role?: PcRole) => run(s, role).findings.map((f) => f.id);
const finding = (s: Scenario, id: string, role?: PcRole) => run(s, role).findings.find((f) => f.id === id);
const action = (s: Scenario, id: string, role?: PcRole) => run(s, role).actions.find((a) => a.id === id)!;

const session = (computer: string, user: string, idleSeconds = 60, clientType = ''): SimulatedSession => ({ computer, user, clientType, idleSeconds });
const healthy = scenario('win11-healthy');
const withSessions = (base: Scenario, sessions: SimulatedSession[]): Scenario => ({ ...base, sessions });
const manyUsers = (count: number) => Array.from({ length: count }, (_, i) => session(`192.168.0.${20 + i}`, `user${i}`));

describe('diagnosis of the built-in scenarios', () => {
  it('XP print host at its limit: limit reached, null sessions holding the spooler pipe, Method 1 first', () => {
    const d = run(scenario('xp-print-host-at-limit'));
    expect(d.os).toMatchObject({ name: 'Microsoft Windows XP', build: 2600 });
    expect(d.limit).toEqual({ max: 10, source: 'net-config-server' });
    expect(d.sessions).toEqual({ total: 10, null: 4 });
    expect(d.findings.map((f) => [f.id, f.severity])).toEqual([
      ['limit-reached', 'critical'],
      ['spoolss-held', 'critical'],
      ['null-sessions', 'warning'],
      ['restrict-anonymous-off', 'warning'],
      ['long-idle-sessions', 'warning'],
      ['printer-shared-here', 'info'],
    ]);
    expect(d.actions.filter((a) => a.recommended).map((a) => a.id)).toEqual(['method-1', 'method-2', 'disconnect']);
    expect(d.actions.find((a) => a.id === 'method-1')?.restart).toBe('windows-may-need-restart');
    expect(d.actions.find((a) => a.id === 'method-2')?.targets).toEqual(['OFFICE2', 'OFFICE3', 'OFFICE5', 'LAPTOP1']);
  });

  it('Windows 10 office at 19 of 20 with autodisconnect off', () => {
    const d = run(scenario('win10-office-near-limit'));
    expect(d.limit).toEqual({ max: 20, source: 'net-config-server' });
    expect(d.sessions).toEqual({ total: 19, null: 0 });
    expect(d.findings.map((f) => f.id)).toEqual(['limit-near', 'autodisconnect-off', 'long-idle-sessions', 'restrict-anonymous-off']);
    expect(d.actions.filter((a) => a.recommended).map((a) => a.id)).toEqual(['disconnect', 'autodisconnect', 'outgrown']);
  });

  it('healthy Windows 11: no findings beyond the informational, nothing recommended', () => {
    const d = run(healthy);
    expect(d.os).toMatchObject({ name: 'Windows 11 Pro', build: 22631, edition: 'Pro' });
    expect(d.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(d.actions.filter((a) => a.recommended)).toEqual([]);
  });

  it('XP Home at 5 of 5', () => {
    const d = run(scenario('xp-home-full'));
    expect(d.limit).toEqual({ max: 5, source: 'net-config-server' });
    expect(d.sessions).toEqual({ total: 5, null: 3 });
    expect(d.findings[0]?.id).toBe('limit-reached');
    expect(ids(scenario('xp-home-full'))).toContain('spoolss-held');
  });

  it('not elevated: says what could not be read, falls back to the edition’s limit, keeps the rest', () => {
    const d = run(scenario('win10-not-elevated'));
    expect(d.sessions).toBeNull();
    expect(d.limit).toEqual({ max: 20, source: 'edition' });
    const notElevated = d.findings.find((f) => f.id === 'not-elevated');
    expect(notElevated?.params.sources).toBe('net-session, net-file, net-config-server');
    // netstat needs no administrator: it still shows the one computer holding an SMB connection.
    expect(notElevated).toMatchObject({ variant: 'netstat', params: { smbClients: 1 } });
    expect(notElevated?.evidence.at(-1)).toMatchObject({ source: 'netstat' });
    expect(notElevated?.evidence.at(-1)?.text).toMatch(/192\.168\.5\.20:\d+\s+ESTABLISHED/);
    expect(d.sources['net-share'].status).toBe('ok');
    expect(d.findings.map((f) => f.id)).not.toContain('source-failed');
  });

  it('Server service stopped: its own critical finding, not a false "not administrator"', () => {
    const d = run(scenario('win10-server-service-stopped'));
    expect(d.findings[0]).toMatchObject({ id: 'server-service-stopped', severity: 'critical' });
    expect(d.findings.map((f) => f.id)).not.toContain('not-elevated');
  });

  it('Server service stopped: starting it is the fix on the PC the others connect to, and only there', () => {
    const stopped = scenario('win10-server-service-stopped');
    expect(run(stopped).actions[0]).toMatchObject({ id: 'start-server', recommended: true, reason: 'server-stopped', addresses: ['server-service-stopped'] });
    expect(action(stopped, 'start-server', 'unknown')).toMatchObject({ recommended: false, reason: 'server-stopped-role-unknown' });
    expect(action(stopped, 'start-server', 'client')).toMatchObject({ recommended: false, reason: 'runs-on-host' });
    const unreadable = { ...stopped, faults: { sc: { kind: 'access-denied' as const } } };
    expect(action(unreadable, 'start-server')).toMatchObject({ recommended: false, reason: 'start-type-unreadable' });
    expect(action(healthy, 'start-server')).toMatchObject({ recommended: false, reason: 'server-running' });
  });

  it('the client that shares a printer gets Method 2 for itself', () => {
    const d = run(scenario('win10-client-shares-printer'));
    expect(d.findings.find((f) => f.id === 'printer-shared-here')).toMatchObject({ severity: 'warning', params: { printers: 'Canon' } });
    expect(d.actions[0]).toMatchObject({ id: 'method-2', recommended: true, reason: 'this-pc-shares-printer' });
    expect(d.actions.find((a) => a.id === 'method-1')).toMatchObject({ recommended: false, reason: 'runs-on-host' });
  });

  it('the German code-page-850 PC reads the same as an English one', () => {
    const d = run(scenario('win10-german-cp850'));
    expect(d.sessions).toEqual({ total: 18, null: 2 });
    expect(d.findings.map((f) => f.id)).toEqual(['spoolss-held', 'limit-near', 'null-sessions', 'restrict-anonymous-off', 'long-idle-sessions']);
  });
});

describe('finding rules', () => {
  it('limit-reached: sessions equal to the limit', () => {
    expect(finding(withSessions(healthy, manyUsers(20)), 'limit-reached')).toMatchObject({ severity: 'critical', params: { used: 20, max: 20, free: 0 } });
  });

  it('limit-near: within 2 (or 10%) of the limit, not further', () => {
    expect(finding(withSessions(healthy, manyUsers(18)), 'limit-near')).toMatchObject({ severity: 'warning', params: { used: 18, max: 20, free: 2 } });
    expect(ids(withSessions(healthy, manyUsers(17)))).not.toContain('limit-near');
    const xp = { ...scenario('xp-home-full'), sessions: manyUsers(3) };
    expect(ids(xp)).toContain('limit-near');
  });

  it('null-sessions: rows without a user name, with their lines as evidence', () => {
    const s = withSessions(healthy, [session('PC1', ''), session('PC2', 'bob'), session('PC3', '')]);
    const f = finding(s, 'null-sessions');
    expect(f?.params).toMatchObject({ count: 2, computers: 'PC1, PC3' });
    expect(f?.evidence.map((e) => [e.source, e.text.trim().split(/\s+/)[0]])).toEqual([
      ['net-session', '\\\\PC1'],
      ['net-session', '\\\\PC3'],
    ]);
  });

  it('spoolss-held: critical when a null session holds the pipe, a warning when a user does', () => {
    const anonymous = { ...withSessions(healthy, [session('PC1', '')]), openFiles: [{ id: 7, path: '\\PIPE\\spoolss', user: '', locks: 0, computer: 'PC1' }] };
    expect(finding(anonymous, 'spoolss-held')).toMatchObject({ severity: 'critical', params: { count: 1, anonymousCount: 1 } });
    const named = {
      ...withSessions(healthy, [session('PC1', 'ann')]),
      openFiles: [{ id: 7, path: '\\PIPE\\spoolss', user: 'ann', locks: 0, computer: 'PC1' }],
    };
    expect(finding(named, 'spoolss-held')).toMatchObject({ severity: 'warning', params: { anonymousCount: 0 } });
    expect(ids(healthy)).not.toContain('spoolss-held');
  });

  it('printer-shared-here: from net share’s printer rows; a warning on a client, a note on a host', () => {
    const s = scenario('win10-client-shares-printer');
    expect(finding(s, 'printer-shared-here', 'client')?.severity).toBe('warning');
    expect(finding(s, 'printer-shared-here', 'host')?.severity).toBe('info');
  });

  it('restrict-anonymous-off: 0 or not set; nothing when it is 1, or on a client', () => {
    expect(finding(healthy, 'restrict-anonymous-off')).toMatchObject({ severity: 'info', params: { value: 0 } });
    const unset = withRegistryValue(healthy, LSA_KEY, 'restrictanonymous', null);
    expect(finding(unset, 'restrict-anonymous-off')?.params.value).toBe('unset');
    const restricted = withRegistryValue(healthy, LSA_KEY, 'RestrictAnonymous', { type: 'REG_DWORD', data: 1 });
    expect(ids(restricted)).not.toContain('restrict-anonymous-off');
    expect(ids(healthy, 'client')).not.toContain('restrict-anonymous-off');
  });

  it('autodisconnect-off: -1 in net config server; 15 minutes is fine', () => {
    const off = { ...healthy, server: { ...healthy.server, autodisconnectMinutes: -1 } };
    expect(finding(off, 'autodisconnect-off')?.evidence[0]?.text).toMatch(/-1$/);
    expect(ids(healthy)).not.toContain('autodisconnect-off');
  });

  it('autodisconnect-off from the registry (0xffffffff) when net config server cannot be read', () => {
    const s = withRegistryValue({ ...healthy, elevated: false }, LANMAN_SERVER_PARAMETERS_KEY, 'autodisconnect', { type: 'REG_DWORD', data: 0xffffffff });
    expect(finding(s, 'autodisconnect-off')?.evidence[0]).toMatchObject({ source: 'reg-lanmanserver' });
  });

  it('long-idle-sessions: an hour or more; a warning only when slots are short', () => {
    const s = withSessions(healthy, [session('PC1', 'a', 3600), session('PC2', 'b', 3599)]);
    expect(finding(s, 'long-idle-sessions')).toMatchObject({ severity: 'info', params: { count: 1, computers: 'PC1' } });
    const crowded = withSessions(healthy, [...manyUsers(18), session('PC1', 'a', 7200)]);
    expect(finding(crowded, 'long-idle-sessions')?.severity).toBe('warning');
  });

  it('not-elevated: named with the sources Windows refused', () => {
    expect(finding({ ...healthy, elevated: false }, 'not-elevated')?.params.deniedCount).toBe(3);
    expect(ids(healthy)).not.toContain('not-elevated');
  });

  it('source-failed: a missing or hanging command is reported, and the other findings still come', () => {
    const s = withSessions({ ...healthy, faults: { nbtstat: { kind: 'missing' }, 'net file': { kind: 'hang' } } }, manyUsers(20));
    const d = run(s);
    expect(d.findings.find((f) => f.id === 'source-failed')?.params).toMatchObject({ count: 2, sources: 'net-file, nbtstat' });
    expect(d.findings[0]?.id).toBe('limit-reached');
  });

  it('source-failed: garbage where a table was expected is unreadable, not "nobody is connected"', () => {
    const s = { ...healthy, faults: { 'net session': { kind: 'garbage' as const, text: 'Ceci n’est pas une table\r\n\u0000\u0001' } } };
    const diagnosis = run(s);
    expect(diagnosis.sessions).toBeNull();
    expect(diagnosis.findings.find((f) => f.id === 'source-failed')?.evidence).toEqual([
      {
        source: 'net-session',
        lineNumber: null,
        text: 'net-session: What the command printed could not be read (no session table found, and 2 lines that are not part of that command’s output).',
      },
    ]);
  });

  it('one line alone is the command’s notice that the list is empty, in any language', () => {
    const s = { ...healthy, faults: { 'net session': { kind: 'garbage' as const, text: 'Es sind keine Einträge in der Liste.\r\n' } } };
    expect(run(s).sessions).toEqual({ total: 0, null: 0 });
  });

  it('evidence is capped at 50 lines and says how many more there are', () => {
    const s = withSessions(
      healthy,
      Array.from({ length: 120 }, (_, i) => session(`10.0.${Math.floor(i / 250)}.${i % 250}`, '')),
    );
    const f = finding({ ...s, server: { ...s.server, maxLoggedOnUsers: 16777216 } }, 'null-sessions');
    expect(f?.evidence).toHaveLength(50);
    expect(f?.params.moreEvidence).toBe(70);
  });
});

describe('actions', () => {
  it('Method 1 is not offered when RestrictAnonymous is already 1', () => {
    const s = withRegistryValue(scenario('xp-print-host-at-limit'), LSA_KEY, 'restrictanonymous', { type: 'REG_DWORD', data: 1 });
    expect(action(s, 'method-1')).toMatchObject({ recommended: false, reason: 'already-restricted' });
  });

  it('disconnect is offered only when slots are short and someone is idle', () => {
    expect(action(healthy, 'disconnect')).toMatchObject({ recommended: false, reason: 'not-needed' });
    const busy = withSessions(
      healthy,
      manyUsers(20).map((s) => ({ ...s, idleSeconds: 5 })),
    );
    expect(action(busy, 'disconnect')).toMatchObject({ recommended: false, reason: 'nobody-idle' });
  });

  it('outgrown: named users alone fill the limit', () => {
    expect(action(withSessions(healthy, manyUsers(20)), 'outgrown')).toMatchObject({ recommended: true, params: { named: 20, max: 20 } });
    expect(action(healthy, 'outgrown').recommended).toBe(false);
  });

  it('never claims what was not read: without the session list each action says it was not checked', () => {
    const d = run(scenario('win10-not-elevated'));
    const reasons = Object.fromEntries(d.actions.map((a) => [a.id, [a.recommended, a.reason]]));
    expect(reasons).toEqual({
      'method-1': [false, 'sessions-unreadable'],
      'method-2': [false, 'connections-unreadable'],
      disconnect: [false, 'sessions-unreadable'],
      autodisconnect: [false, 'already-on'],
      outgrown: [false, 'sessions-unreadable'],
      // The Server service runs: net share, which needs no administrator, answered.
      'start-server': [false, 'server-running'],
    });
    // The words say so too, not "no anonymous connections" or "enough free slots".
    const text = diagnosisToText(d);
    expect(text).not.toMatch(/There are no anonymous connections right now|There are enough free connection slots/);
    expect(text).toContain('the list of connected computers could not be read');
  });

  it('a limit that is not known is not "enough free slots"', () => {
    const unknownLimit = {
      ...healthy,
      faults: { 'net config': { kind: 'access-denied' as const }, 'reg query': { kind: 'access-denied' as const, when: 'CurrentVersion' } },
    };
    expect(action(unknownLimit, 'disconnect')).toMatchObject({ recommended: false, reason: 'limit-unknown' });
    expect(action(unknownLimit, 'outgrown')).toMatchObject({ recommended: false, reason: 'limit-unknown' });
  });

  it('a client whose printers and shares could not be read is not told it shares none', () => {
    const unread = {
      ...scenario('win10-client-shares-printer'),
      faults: {
        'net share': { kind: 'access-denied' as const },
        powershell: { kind: 'access-denied' as const },
        'reg query': { kind: 'access-denied' as const, when: 'Print' },
      },
    };
    expect(action(unread, 'method-2')).toMatchObject({ recommended: false, reason: 'printers-unreadable' });
  });

  it('lists the recommended actions first', () => {
    const actions = run(scenario('win10-office-near-limit')).actions;
    const firstNotRecommended = actions.findIndex((a) => !a.recommended);
    expect(actions.slice(firstNotRecommended).every((a) => !a.recommended)).toBe(true);
  });
});

describe('what could not be checked', () => {
  it('is named with its reason, never taken as fine: without administrator rights', () => {
    expect(run(scenario('win10-not-elevated')).notChecked.map(({ id, reason }) => [id, reason])).toEqual([
      ['who-is-connected', 'needs-administrator'],
      ['open-files', 'needs-administrator'],
    ]);
  });

  it('with the Server service stopped', () => {
    const items = run(scenario('win10-server-service-stopped')).notChecked;
    expect(items.find((item) => item.id === 'who-is-connected')).toMatchObject({ reason: 'server-service-stopped' });
    expect(items.every((item) => item.reason !== 'needs-administrator')).toBe(true);
  });

  it('a PC read in full has nothing unchecked', () => {
    for (const id of ['win11-healthy', 'xp-print-host-at-limit', 'win10-office-near-limit']) expect(run(scenario(id)).notChecked, id).toEqual([]);
  });
});
