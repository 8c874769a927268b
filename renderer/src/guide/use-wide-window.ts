import { useSyncExternalStore } from 'react';

/** The width from which the guide fits beside the step (the same as the two-column layout in styles.css). */
const WIDE = '(min-width: 1100px)';

function subscribe(onChange: () => void): () => void {
  const query = globalThis.matchMedia?.(WIDE);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

/** Whether the window is wide enough for the guide beside the step; without matchMedia, it is taken as wide. */
export function useWideWindow(): boolean {
  return useSyncExternalStore(subscribe, () => globalThis.matchMedia?.(WIDE).matches ?? true);
}
