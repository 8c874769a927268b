import { describe, expect, it } from 'vitest';
import { parseScenario } from './parse-scenario';
import type { Scenario } from './scenario';
import { builtInScenario } from './scenarios';
import { advanceTimeline, requestTimelineStart, type SimulatedPcState } from './timeline';

const xp = builtInScenario('xp-print-host-at-limit')!;
const office = builtInScenario('win10-office-near-limit')!;
const START = Date.UTC(2026, 10, 30, 8);
/** The wall-clock moment a day that runs `scale` times faster has reached `seconds`. */
const at = (seconds: number, scale = 1) => START + (seconds * 1000) / scale;
const who = (state: Scenario) => state.sessions.map((s) => `${s.computer}/${s.user}`).sort();
const counts = (state: Scenario) => ({ total: state.sessions.length, anonymous: state.sessions.filter((s) => s.user === '').length });

/** The PC watched from START: its day began at the first read. */
const living = (scenario: Scenario, scale = 1) => advanceTimeline(requestTimelineStart(scenario, scale), START);

describe('the day of a simulated PC', () => {
  it('does not begin until a watch asks for it: scans see the PC as its scenario describes it', () => {
    expect(advanceTimeline(xp, at(1000))).toBe(xp);
    expect(requestTimelineStart(builtInScenario('win11-healthy')!, 1)).toEqual(builtInScenario('win11-healthy'));
  });

  it('XP print host: begins below the limit and fills all 10 slots within a minute, then is the scenario again', () => {
    const morning = living(xp);
    expect(counts(morning)).toEqual({ total: 5, anonymous: 2 });
    expect(morning.timelineClock).toEqual({ scale: 1, startedAt: START, applied: 5 });
    expect(counts(advanceTimeline(morning, at(47)))).toEqual({ total: 8, anonymous: 3 });
    const full = advanceTimeline(morning, at(56));
    expect(counts(full)).toEqual({ total: 10, anonymous: 4 });
    expect(who(full)).toEqual(who(xp));
    expect(full.openFiles.map((f) => f.id).sort()).toEqual(xp.openFiles.map((f) => f.id).sort());
  });

  it('a client that printed leaves an anonymous connection holding \\PIPE\\spoolss', () => {
    const before = advanceTimeline(living(xp), at(40));
    const after = advanceTimeline(before, at(48));
    expect(after.sessions.find((s) => s.computer === 'LAPTOP1' && s.user === '')).toBeDefined();
    expect(after.openFiles.filter((f) => f.computer === 'LAPTOP1' && f.user === '').map((f) => f.path)).toEqual(['\\PIPE\\spoolss']);
  });

  it('Windows 10 office: begins at 14 of 20 and reaches 20 within two minutes', () => {
    expect(counts(living(office))).toEqual({ total: 14, anonymous: 0 });
    expect(counts(advanceTimeline(living(office), at(60)))).toEqual({ total: 20, anonymous: 1 });
  });

  it('runs by the clock, scaled: the same moment of the day at a tenth of the time', () => {
    const fast = living(xp, 10);
    expect(counts(advanceTimeline(fast, at(55, 10)))).toEqual({ total: 9, anonymous: 4 });
    expect(counts(advanceTimeline(fast, at(56, 10)))).toEqual({ total: 10, anonymous: 4 });
  });

  it('loops: the day begins again, and a PC left alone for a week is where its day says, with no duplicates', () => {
    const morning = living(xp);
    expect(counts(advanceTimeline(advanceTimeline(morning, at(100)), at(121)))).toEqual({ total: 5, anonymous: 2 });
    const week = advanceTimeline(morning, at(7 * 86_400 + 50));
    const sameMomentOfDay = advanceTimeline(morning, at(50));
    expect(who(week)).toEqual(who(sameMomentOfDay));
    expect(week.openFiles.map((f) => f.id).sort()).toEqual(sameMomentOfDay.openFiles.map((f) => f.id).sort());
    expect(new Set(who(week)).size).toBe(week.sessions.length);
  });

  it('two commands that bring the same old state forward apply each event once', () => {
    const morning = living(xp);
    const first = advanceTimeline(morning, at(30));
    const second = advanceTimeline(morning, at(20));
    // The slower writer wins: the next read replays what the faster one had applied, without doubling anything.
    const next = advanceTimeline(second, at(30));
    expect(who(next)).toEqual(who(first));
    expect(next.openFiles).toHaveLength(first.openFiles.length);
  });

  it('turns a computer away while every slot is in use, as Windows does with System error 71', () => {
    const small: SimulatedPcState = parseScenario({ ...structuredClone(xp), server: { ...xp.server, maxLoggedOnUsers: 6 } });
    const day = advanceTimeline(advanceTimeline(living(small), at(8)), at(24));
    expect(counts(day).total).toBe(6);
    expect(who(day)).not.toContain('OFFICE5/');
  });

  it('combines with changes: a computer disconnected by a fix comes back when its day says so', () => {
    const full = advanceTimeline(living(xp), at(56));
    const disconnected = { ...full, sessions: full.sessions.filter((s) => s.computer !== 'OFFICE4') };
    expect(who(advanceTimeline(disconnected, at(119)))).not.toContain('OFFICE4/tom');
    expect(who(advanceTimeline(disconnected, at(120 + 56)))).toContain('OFFICE4/tom');
  });
});
