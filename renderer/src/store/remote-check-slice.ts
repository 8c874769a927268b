import type { RemoteCheck } from '../../../shared/diagnosis/remote-check';
import { BridgeError, call } from '../api/bridge';

/**
 * The check of the computer this PC connects to, on Findings when "this PC gets the error": the name
 * typed, and what asking that computer answered. Read-only; kept apart from the wizard's steps because
 * it changes nothing and leads nowhere else.
 */
export interface RemoteCheckState {
  readonly remoteCheck: {
    readonly name: string;
    readonly running: boolean;
    /** The last answer, for the name it was asked with. */
    readonly answer: RemoteCheck | null;
    /** The call itself failed (the background process could not be reached). */
    readonly error: string | null;
  };
}

/** Actions are properties, not methods: components take them out of the store and call them unbound. */
export interface RemoteCheckActions {
  readonly setRemoteName: (name: string) => void;
  readonly checkRemote: () => Promise<void>;
}

export type RemoteCheckSlice = RemoteCheckState & RemoteCheckActions;

export const initialRemoteCheck: RemoteCheckState['remoteCheck'] = { name: '', running: false, answer: null, error: null };

type Set = (partial: RemoteCheckState) => void;
type Get = () => RemoteCheckState;

export function createRemoteCheckSlice(set: Set, get: Get): RemoteCheckSlice {
  const update = (changes: Partial<RemoteCheckState['remoteCheck']>) => set({ remoteCheck: { ...get().remoteCheck, ...changes } });
  return {
    remoteCheck: initialRemoteCheck,

    setRemoteName(name) {
      update({ name });
    },

    async checkRemote() {
      const { name, running } = get().remoteCheck;
      if (running || name.trim() === '') return;
      update({ running: true, answer: null, error: null });
      try {
        update({ running: false, answer: await call('checkRemoteComputer', name) });
      } catch (error) {
        update({ running: false, error: error instanceof BridgeError || error instanceof Error ? error.message : String(error) });
      }
    },
  };
}
