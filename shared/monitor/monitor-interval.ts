/** How often the monitor polls, in seconds: every 5 s unless changed, never faster than 2 s nor slower than 60 s. */
export const MONITOR_INTERVAL_SECONDS = { default: 5, min: 2, max: 60 } as const;

/** The intervals the window offers. */
export const MONITOR_INTERVAL_CHOICES: readonly number[] = [2, 5, 10, 15, 30, 60];

export function isMonitorInterval(seconds: number): boolean {
  return Number.isInteger(seconds) && seconds >= MONITOR_INTERVAL_SECONDS.min && seconds <= MONITOR_INTERVAL_SECONDS.max;
}
