import { sameComputer } from '../windows/computer-names';
import type { Scenario, ScenarioTimeline, TimelineEvent } from './scenario';

/** Where a simulated PC's day stands; kept in its state file beside the scenario. */
export interface TimelineClock {
  /** Demo seconds per real second (1 in a class; tests run the day faster). */
  readonly scale: number;
  /** When the day began (milliseconds since 1970); null until a command first reads the PC. */
  readonly startedAt: number | null;
  /** How many of the day's events have happened, counted over every loop. */
  readonly applied: number;
}

/** A simulated PC as its state file holds it: the scenario with every change, and its clock once it lives. */
export type SimulatedPcState = Scenario & { readonly timelineClock?: TimelineClock };

/**
 * Asks the PC's day to begin (a watch started): it begins when a command next reads the PC, so the
 * first poll sees the start of the day whatever time the machine took to start the command. A day
 * already under way goes on.
 */
export function requestTimelineStart(state: SimulatedPcState, scale: number): SimulatedPcState {
  if (!state.timeline || state.timeline.events.length === 0 || state.timelineClock) return state;
  return { ...state, timelineClock: { scale, startedAt: null, applied: 0 } };
}

/**
 * The PC at `nowMs`: every event of its day up to then has happened, once. The same state object when
 * nothing happened. Events are applied as changes, so they combine with the changes made by commands
 * (a computer disconnected by a fix may come back later in the day). A PC left alone for many loops
 * replays only its last whole loop, which ends as it began.
 */
export function advanceTimeline(state: SimulatedPcState, nowMs: number): SimulatedPcState {
  const { timeline, timelineClock: clock } = state;
  if (!timeline || !clock) return state;
  const startedAt = clock.startedAt ?? nowMs;
  const elapsed = Math.max(0, ((nowMs - startedAt) / 1000) * clock.scale);
  const count = timeline.events.length;
  let next = clock.applied;
  if (timeline.loopSeconds !== undefined) next = Math.max(next, (Math.floor(elapsed / timeline.loopSeconds) - 1) * count);
  let pc: SimulatedPcState = state;
  for (; eventTime(timeline, next) <= elapsed; next++) pc = happen(pc, timeline.events[next % count]!);
  if (next === clock.applied && clock.startedAt !== null) return state;
  return { ...pc, timelineClock: { ...clock, startedAt, applied: next } };
}

/** When the n-th event (counted over every loop) happens, in seconds of the day; Infinity after a day without loop. */
function eventTime(timeline: ScenarioTimeline, n: number): number {
  const count = timeline.events.length;
  if (count === 0) return Number.POSITIVE_INFINITY;
  if (timeline.loopSeconds === undefined) return n < count ? timeline.events[n]!.atSeconds : Number.POSITIVE_INFINITY;
  return Math.floor(n / count) * timeline.loopSeconds + timeline.events[n % count]!.atSeconds;
}

const holds = (computer: string, user: string) => (item: { readonly computer: string; readonly user: string }) =>
  sameComputer(item.computer, computer) && item.user.toLowerCase() === user.toLowerCase();

/**
 * One event. A computer already connected stays as it is; one that arrives while every slot is in use
 * (or the Server service is stopped) is turned away, as Windows turns it away with System error 71.
 */
function happen(state: SimulatedPcState, event: TimelineEvent): SimulatedPcState {
  if (event.kind === 'leave') {
    const leaving = holds(event.computer, event.user);
    if (!state.sessions.some(leaving)) return state;
    return { ...state, sessions: state.sessions.filter((s) => !leaving(s)), openFiles: state.openFiles.filter((f) => !leaving(f)) };
  }
  const { session } = event;
  const full = state.sessions.length >= state.server.maxLoggedOnUsers;
  if (state.sessions.some(holds(session.computer, session.user)) || full || !state.serverServiceRunning) return state;
  const taken = new Set(state.openFiles.map((file) => file.id));
  const opened = (event.openFiles ?? []).filter((file) => !taken.has(file.id)).map((file) => ({ ...file, user: session.user, computer: session.computer }));
  return { ...state, sessions: [...state.sessions, session], openFiles: [...state.openFiles, ...opened] };
}
