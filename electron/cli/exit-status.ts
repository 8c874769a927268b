import type { Diagnosis } from '../../shared/diagnosis/diagnose';

/**
 * The command line's exit statuses, for scripts. 1 and 2 mean the same for every command; 3 and 4 are
 * what `diagnose` (and `check-remote`) found, so a script can tell "all well" from "look at this" from
 * "there is a problem" without reading the words.
 */
export const EXIT = {
  /** Done; for diagnose: nothing wrong was found. */
  ok: 0,
  /** Could not do it (the message says why). */
  failed: 1,
  /** Called wrongly (an unknown command or option, a missing value). */
  usage: 2,
  /** Done, and found only warnings, or could not check something (never taken as fine); check-remote: another answer. */
  warnings: 3,
  /** Done, and found a problem; check-remote: that computer is full (System error 71). */
  problem: 4,
} as const;

export type ExitStatus = (typeof EXIT)[keyof typeof EXIT];

/** diagnose's verdict: a critical finding is a problem; a warning, or anything not checked, is worth a look. */
export function diagnosisExitStatus(diagnosis: Pick<Diagnosis, 'findings' | 'notChecked'>): ExitStatus {
  if (diagnosis.findings.some((finding) => finding.severity === 'critical')) return EXIT.problem;
  if (diagnosis.findings.some((finding) => finding.severity === 'warning') || diagnosis.notChecked.length > 0) return EXIT.warnings;
  return EXIT.ok;
}
