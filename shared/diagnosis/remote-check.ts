import type { CommandFailure } from '../commands/command-failure';
import type { Message } from '../fixes/fix-plan';
import type { NameProblem } from '../fixes/validate-names';
import type { RemoteShare } from '../parsers/net-view';
import { remoteRefusalFor, type RemoteRefusal } from '../windows/remote-computer';

/**
 * Whether another computer answers, read-only, from the PC that shows error 71 ("this PC gets the
 * error"): net view \\NAME lists its shares, or says System error 71 when that computer is full.
 */
export type RemoteCheck =
  /** It listed its shares: connecting to it works right now. */
  | { readonly kind: 'answered'; readonly computer: string; readonly shares: readonly RemoteShare[] }
  /** It (or the network) answered with a system error: 71 full, 53 not found, 5 access denied, 51 not reachable. */
  | { readonly kind: 'refused'; readonly computer: string; readonly refusal: RemoteRefusal; readonly systemError: number }
  /** net view gave no answer to read (it timed out, could not start …): nothing is known. */
  | { readonly kind: 'failed'; readonly computer: string; readonly failure: CommandFailure }
  /** The name fails the checks every name passed to Windows passes; nothing ran. */
  | { readonly kind: 'invalid-name'; readonly computer: string; readonly problem: NameProblem }
  /** Outputs saved on another PC cannot reach anything. */
  | { readonly kind: 'not-possible'; readonly computer: string };

/** A net view that did not list shares: a system error number is that computer's answer; anything else is no answer. */
export function remoteCheckFromFailure(computer: string, failure: CommandFailure): RemoteCheck {
  const code = failure.kind === 'access-denied' ? 5 : failure.kind === 'system-error' ? failure.code : null;
  return code === null ? { kind: 'failed', computer, failure } : { kind: 'refused', computer, refusal: remoteRefusalFor(code), systemError: code };
}

/**
 * What the answer means and what to do, in the catalog's words, for the window and the command line
 * alike. A full computer is fixed on that computer (Method 1) and on the computers that share
 * printers (Method 2), this one among them when it shares a printer.
 */
export function remoteCheckMessages(check: RemoteCheck, thisPcSharesPrinter: boolean | null): Message[] {
  const computer = check.computer;
  switch (check.kind) {
    case 'answered':
      return [{ key: 'remoteCheck.answered', params: { computer, count: check.shares.length } }];
    case 'refused':
      if (check.refusal === 'at-limit') {
        const messages: Message[] = [
          { key: 'remoteCheck.at-limit', params: { computer } },
          { key: 'remoteCheck.at-limit.there', params: { computer } },
        ];
        if (thisPcSharesPrinter) messages.push({ key: 'remoteCheck.at-limit.thisPcSharesPrinter' });
        return messages;
      }
      if (check.refusal === 'other-error') return [{ key: 'remoteCheck.other-error', params: { computer, code: check.systemError } }];
      return [{ key: `remoteCheck.${check.refusal}`, params: { computer } }];
    case 'failed':
      return [{ key: 'remoteCheck.failed', params: { computer } }];
    case 'invalid-name':
      return [{ key: 'plan.refusal.invalid-computer-name', params: { name: computer, problem: check.problem } }];
    case 'not-possible':
      return [{ key: 'remoteCheck.not-possible' }];
  }
}
