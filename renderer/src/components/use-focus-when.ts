import { useEffect, useRef } from 'react';

/**
 * Moves keyboard focus to an element (give it tabIndex={-1}) each time `reason` changes to something
 * other than null: the message that says what a pressed button did, when that button has gone (undo,
 * restart as administrator, save). Without it focus falls to the page itself and a keyboard or
 * screen-reader user is lost.
 */
export function useFocusWhen<T extends HTMLElement>(reason: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (reason !== null && reason !== undefined && reason !== false) ref.current?.focus();
  }, [reason]);
  return ref;
}
