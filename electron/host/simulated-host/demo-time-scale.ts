/** Runs the days of the simulated PCs faster than real time: the tests, or a trainer short of time. */
export const DEMO_TIME_SCALE_ENV = 'WGD_DEMO_TIME_SCALE';

const MAX_SCALE = 1000;

/** The scale the variable asks for (above 0, at most 1000); 1 when it is not set, or not such a number (then with the problem to log). */
export function demoTimeScale(env: NodeJS.ProcessEnv): { readonly scale: number; readonly problem: string | null } {
  const raw = env[DEMO_TIME_SCALE_ENV];
  if (raw === undefined || raw.trim() === '') return { scale: 1, problem: null };
  const scale = Number(raw);
  if (Number.isFinite(scale) && scale > 0 && scale <= MAX_SCALE) return { scale, problem: null };
  return { scale: 1, problem: `${DEMO_TIME_SCALE_ENV} must be a number above 0 and at most ${MAX_SCALE}; the simulated PCs run in real time` };
}
