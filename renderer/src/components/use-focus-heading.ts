import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to a step's heading when the step appears, so screen-reader and keyboard users
 * land on the new content instead of a button that no longer exists.
 */
export function useFocusHeading<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return ref;
}
