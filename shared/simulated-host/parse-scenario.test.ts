import { describe, expect, it } from 'vitest';
import { parseScenario, ScenarioError } from './parse-scenario';
import xpPrintHost from './scenarios/xp-print-host-at-limit.json' with { type: 'json' };

const good = structuredClone(xpPrintHost) as Record<string, unknown>;
const withChange = (change: (copy: Record<string, any>) => void) => {
  const copy = structuredClone(good) as Record<string, any>;
  change(copy);
  return copy;
};
const problemsOf = (data: unknown) => {
  try {
    parseScenario(data, 'mine.json');
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ScenarioError);
    return (error as Error).message;
  }
};

describe('parseScenario', () => {
  it('returns a checked copy equal to a valid file', () => {
    const parsed = parseScenario(good);
    expect(parsed).toEqual(good);
    expect(parsed).not.toBe(good);
  });

  it.each([
    [
      'an unknown fault kind',
      (s: any) => (s.faults = { nbtstat: { kind: 'explode' } }),
      'faults.nbtstat.kind must be one of "missing", "hang", "access-denied", "system-error", "garbage", "delay" (it is "explode")',
    ],
    ['a fault under a command name with a space', (s: any) => (s.faults = { 'net session': { kind: 'melt' } }), 'faults["net session"].kind must be one of'],
    ['a fault without its detail', (s: any) => (s.faults = { net: { kind: 'delay' } }), 'faults.net.ms is missing'],
    ['an unknown role', (s: any) => (s.role = 'server'), 'role must be one of "host", "client" (it is "server")'],
    ['an unknown display language', (s: any) => (s.displayLanguage = 'fr'), 'displayLanguage must be one of "en", "de" (it is "fr")'],
    ['an unknown share kind', (s: any) => (s.shares[0].kind = 'cloud'), 'shares[0].kind must be one of "disk", "printer", "ipc", "special" (it is "cloud")'],
    [
      'an unknown registry type',
      (s: any) => (Object.values(s.registry as Record<string, any>)[0].Extra = { type: 'REG_NONE', data: '' }),
      '.Extra.type must be one of "REG_DWORD", "REG_QWORD", "REG_SZ", "REG_EXPAND_SZ", "REG_MULTI_SZ", "REG_BINARY" (it is "REG_NONE")',
    ],
    [
      'an unknown NetBIOS direction',
      (s: any) => (s.netbiosConnections[0].direction = 'Sideways'),
      'netbiosConnections[0].direction must be one of "In", "Out"',
    ],
    [
      'an unknown TCP state',
      (s: any) => (s.extraConnections = [{ local: 'a', foreign: 'b', state: 'SYN_SENT', pid: 4 }]),
      'extraConnections[0].state must be one of',
    ],
    [
      'a translation into a language the app does not speak',
      (s: any) => (s.translations = { fr: { title: 'PC', description: 'Un PC' } }),
      'translations: the name "fr" must be one of "th", "de"',
    ],
    ['a translation without its description', (s: any) => (s.translations = { th: { title: 'พีซี' } }), 'translations.th.description is missing'],
    ['a misspelt field', (s: any) => (s.fault = {}), 'fault is not a known field'],
    ['a missing field', (s: any) => delete s.server, 'server is missing'],
    ['a list where an object belongs', (s: any) => (s.windows = [s.windows]), 'windows must be an object (it is a list of 1)'],
    ['a list where a fault belongs', (s: any) => (s.faults = { nbtstat: ['hang'] }), 'faults.nbtstat must be an object (it is a list of 1)'],
    ['a wrong type', (s: any) => (s.elevated = 'yes'), 'elevated must be true or false (it is "yes")'],
    ['a fraction of a second', (s: any) => (s.sessions[0].idleSeconds = 1.5), 'sessions[0].idleSeconds must be a whole number (it is 1.5)'],
    ['a printer field of the wrong type', (s: any) => (s.printers[0].shared = 'yes'), 'printers[0].shared must be true or false'],
    ['a key that reaches the prototype', (s: any) => (s.registry = JSON.parse('{"__proto__": {}}')), 'registry must not have a field named __proto__'],
    ['an id with capitals', (s: any) => (s.id = 'My-PC'), 'id must be a scenario id'],
    [
      'a timeline event of an unknown kind',
      (s: any) => (s.timeline.events[0].kind = 'teleport'),
      'timeline.events[0].kind must be one of "join", "leave" (it is "teleport")',
    ],
    ['timeline events out of order', (s: any) => s.timeline.events.reverse(), 'events must be in the order of their atSeconds'],
    ['a loop shorter than the day', (s: any) => (s.timeline.loopSeconds = 30), 'loopSeconds must come after the last event'],
    ['a moment before the day began', (s: any) => (s.timeline.events[0].atSeconds = -1), 'timeline.events[0].atSeconds'],
    ['not an object at all', () => {}, ''],
  ])('refuses %s when it is read, naming the field', (_what, change, message) => {
    const problem = problemsOf(message === '' ? [good] : withChange(change));
    expect(problem).toMatch(/^mine\.json is not a valid scenario: /);
    expect(problem).toContain(message);
  });

  it('names the first five problems on one line and counts the rest', () => {
    const problem = problemsOf({})!;
    expect(problem).toMatch(
      /^mine\.json is not a valid scenario: id is missing; title is missing; description is missing; role is missing; computerName is missing \(and \d+ more\)$/,
    );
    expect(problem).not.toContain('\n');
  });
});
