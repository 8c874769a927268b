/** What calls the monitor's tick: every so many milliseconds, at a fixed rate, until stopped. Tests drive their own. */
export interface Ticker {
  /** (Re)starts the ticks: the next one comes `intervalMs` from now. */
  every(intervalMs: number): void;
  stop(): void;
}

export type TickerFactory = (tick: () => void) => Ticker;

/**
 * Ticks at a fixed rate, so samples stay evenly spaced; the monitor skips a tick that comes while its
 * last poll still runs instead of queueing it. The timer keeps the process alive while it watches:
 * the command line waits on it, and the host stops it when it is disposed.
 */
export const timerTicker: TickerFactory = (tick) => {
  let timer: ReturnType<typeof setInterval> | null = null;
  return {
    every(intervalMs) {
      if (timer !== null) clearInterval(timer);
      timer = setInterval(tick, intervalMs);
    },
    stop() {
      if (timer !== null) clearInterval(timer);
      timer = null;
    },
  };
};
