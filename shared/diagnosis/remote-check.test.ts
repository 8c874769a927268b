import { describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/translate';
import { remoteCheckFromFailure, remoteCheckMessages, type RemoteCheck } from './remote-check';

const t = createTranslator();
const words = (check: RemoteCheck, sharesPrinter: boolean | null = false) => remoteCheckMessages(check, sharesPrinter).map((m) => t(m.key, m.params));

describe('what asking another computer answered, and what to do', () => {
  it('reads the answer from the error number: 71 full, 53 not found, 5 access denied, 51 not reachable', () => {
    expect(remoteCheckFromFailure('PC', { kind: 'system-error', code: 71 })).toEqual({ kind: 'refused', computer: 'PC', refusal: 'at-limit', systemError: 71 });
    expect(remoteCheckFromFailure('PC', { kind: 'system-error', code: 53 })).toMatchObject({ refusal: 'not-found' });
    expect(remoteCheckFromFailure('PC', { kind: 'access-denied' })).toMatchObject({ refusal: 'access-denied', systemError: 5 });
    expect(remoteCheckFromFailure('PC', { kind: 'system-error', code: 51 })).toMatchObject({ refusal: 'unreachable' });
    expect(remoteCheckFromFailure('PC', { kind: 'system-error', code: 1231 })).toMatchObject({ refusal: 'other-error', systemError: 1231 });
    expect(remoteCheckFromFailure('PC', { kind: 'timed-out', timeoutMs: 90_000 })).toMatchObject({ kind: 'failed' });
  });

  it('a full computer: fix it there (Method 1), and on the computers sharing printers, this one among them when it shares one', () => {
    const full: RemoteCheck = { kind: 'refused', computer: 'OFFICE-PC', refusal: 'at-limit', systemError: 71 };
    expect(words(full)).toEqual([
      'OFFICE-PC is full: it answered with System error 71, so it has reached its connection limit right now.',
      'The fix belongs on OFFICE-PC: run Workgroup Doctor there. It shows who holds the connections; Method 1 (stop anonymous connections) is made there, and Method 2 (stop sharing printers) on the computers that share a printer.',
    ]);
    expect(words(full, true).at(-1)).toBe('This PC shares a printer too, so it is one of those computers: Method 2 is offered here under Choose a fix.');
  });

  it('every other answer in its own words, none of them claiming error 71', () => {
    expect(words({ kind: 'answered', computer: 'NAS', shares: [] })).toEqual([
      'NAS answers: it lists no shares. Connecting to it works right now; if error 71 comes back, check again then.',
    ]);
    expect(words({ kind: 'refused', computer: 'X', refusal: 'not-found', systemError: 53 })[0]).toMatch(/^No computer named X was found/);
    expect(words({ kind: 'refused', computer: 'X', refusal: 'other-error', systemError: 1231 })[0]).toBe(
      'Connecting to X gave System error 1231, which is not error 71.',
    );
    expect(words({ kind: 'invalid-name', computer: 'a&b', problem: 'shell-character' })[0]).toBe(
      '"a&b" is not a computer name Workgroup Doctor will pass to Windows (shell-character).',
    );
  });
});
