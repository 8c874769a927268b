/**
 * A signal that aborts when either of two does, with a release that unhooks it from both. Not
 * AbortSignal.any: in Node 20 each call leaves a record in its long-lived source (here the watch's own
 * signal, alive as long as the watch) — about 40 bytes per poll, more than a megabyte over a few days.
 */
export function eitherSignal(first: AbortSignal, second: AbortSignal): { readonly signal: AbortSignal; readonly release: () => void } {
  const controller = new AbortController();
  const settled = first.aborted ? first : second.aborted ? second : null;
  if (settled) {
    controller.abort(settled.reason);
    return { signal: controller.signal, release: () => {} };
  }
  const fromFirst = () => controller.abort(first.reason);
  const fromSecond = () => controller.abort(second.reason);
  first.addEventListener('abort', fromFirst, { once: true });
  second.addEventListener('abort', fromSecond, { once: true });
  return {
    signal: controller.signal,
    release: () => {
      first.removeEventListener('abort', fromFirst);
      second.removeEventListener('abort', fromSecond);
    },
  };
}
