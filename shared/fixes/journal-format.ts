import * as v from 'valibot';
import { bareComputerName } from '../windows/computer-names';
import { SETTABLE_SERVER_START_TYPES } from '../windows/server-service';
import { MAX_DISCONNECTED_COMPUTERS } from './fix-request';
import { computerNameProblem, printerNameProblem, shareNameProblem, type NameProblem } from './validate-names';
import { ALLOWED_VALUES, allowedDataWords, allowedValueAt, isAllowedData, METHOD_ONE_VALUES } from './registry-allowlist';

/*
 * The journal file, format 1: what Workgroup Doctor changed on a PC, as facts. It lives in a folder the
 * user can write (%APPDATA%\Workgroup Doctor\journal.json), so it is treated as untrusted input: it holds
 * no program, no argument list and no environment, only typed facts, and undo plans its commands afresh
 * from them with the same code and the same checks as a new fix. Anything else (an unknown field, a wrong
 * type, a registry value outside the allowlist, a name that fails the name checks) makes the journal
 * damaged: it is kept byte for byte, and nothing runs until it is moved away.
 *
 * {
 *   "format": "workgroup-doctor-journal",
 *   "version": 1,
 *   "entries": [                                   // oldest first
 *     {
 *       "id": "2026-05-04T09-12-33-120Z-method-1", // when it started, and the action
 *       "status": "applied",                       // see JOURNAL_STATUSES
 *       "startedAt": "2026-05-04T09:12:33.120Z",
 *       "finishedAt": "2026-05-04T09:12:35.410Z",  // null while it runs (or when it was interrupted)
 *       "change": { "action": "method-1", … },     // what was changed: one of the five shapes below
 *       "backupFiles": ["2026-05-04T09-12-33-120Z-lsa.reg"],  // names in the backups folder, for a technician
 *       "steps": [                                 // one per item of the change, written before it runs
 *         { "state": "done", "startedAt": "…", "finishedAt": "…" }   // "started" | "done" | "failed"
 *       ],
 *       "problem": null,                           // what went wrong, in English, for the record
 *       "undoneAt": null
 *     }
 *   ]
 * }
 *
 * The six changes, one step per item of `values`, `printers` or `computers`, one step for the others:
 *   { "action": "method-1", "values": [{ "key": "HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa",
 *       "name": "RestrictAnonymous", "before": 0, "after": 1 }] }
 *       key and name: an entry of the allowlist (registry-allowlist.ts) that Method 1 sets; before and
 *       after: REG_DWORD data in the range the allowlist gives, before null when the value did not exist.
 *   { "action": "method-2", "printers": [{ "name": "Canon PIXMA TS5150", "shareName": "Canon", "sharedBefore": true }] }
 *   { "action": "disconnect", "computers": [{ "computer": "192.168.10.101", "idleMinutesBefore": 42,
 *       "openFiles": [{ "id": 805306400, "path": "C:\\Shares\\Plan.docx", "user": "ana" }] }] }   (for the record)
 *       one step per computer. Entries written before several computers could be chosen hold one
 *       computer's fields beside the action ({ "action": "disconnect", "computer": …, "idleMinutesBefore":
 *       …, "openFiles": […] }); they are read as they are and never rewritten.
 *   { "action": "close-file", "fileId": 805306400, "path": "C:\\Shares\\Plan.docx" }
 *   { "action": "autodisconnect", "minutesBefore": -1, "minutesAfter": 15 }   (-1: never; net config server's range)
 *   { "action": "start-server", "startTypeBefore": "demand", "runningBefore": false }
 *       the Server service's start type before (auto, demand or disabled, as sc config names them) and
 *       whether it ran; two steps: set it to start automatically, then start it.
 * Disconnecting and closing a file cannot be undone; the others can, from these facts alone.
 */

export const JOURNAL_FORMAT = 'workgroup-doctor-journal';

export const JOURNAL_VERSION = 1;

export const JOURNAL_STATUSES = [
  /** Running, or the app stopped while it ran (then the steps say how far it got). */
  'applying',
  'applied',
  /** Stopped before any change (a backup failed). */
  'aborted',
  /** A step failed and the steps before it were put back. */
  'rolled-back',
  /** A step failed and putting the earlier steps back failed too. */
  'rollback-failed',
  /** Being undone, or the app stopped while it was. */
  'undoing',
  'undone',
  'undo-failed',
] as const;

/** Each refused name says which check it failed, in the checks' own words. */
const checkedName = (what: string, problemOf: (name: string) => NameProblem | null, maxLength: number) =>
  v.pipe(
    v.string(),
    v.maxLength(maxLength),
    v.check(
      (name) => problemOf(name) === null,
      (issue) => `${JSON.stringify(issue.input)} fails the ${what} check (${problemOf(String(issue.input))})`,
    ),
  );

const PrinterName = checkedName('printer name', printerNameProblem, 256);
const ShareName = checkedName('share name', shareNameProblem, 256);
const ComputerName = checkedName('computer name', computerNameProblem, 256);
const Timestamp = v.pipe(v.string(), v.isoTimestamp('is not a time such as 2026-05-04T09:12:33.120Z'));
const Dword = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff));
const FileId = v.pipe(v.number(), v.safeInteger(), v.minValue(0));
const Text = (maxLength: number) => v.pipe(v.string(), v.maxLength(maxLength));

const allowedValueId = (input: { key: string; name: string }) => {
  const id = allowedValueAt(input.key, input.name);
  return id !== null && (METHOD_ONE_VALUES as readonly string[]).includes(id) ? id : null;
};

/** One registry value Method 1 changed; only values it may set, with data the allowlist allows. */
const RegistryValueChange = v.pipe(
  v.strictObject({ key: v.string(), name: v.string(), before: v.nullable(Dword), after: Dword }),
  v.forward(
    v.partialCheck(
      [['key'], ['name']],
      (input) => allowedValueId(input) !== null,
      (issue) => {
        const { key, name } = issue.input;
        return `${key}\\${name} is not a registry value Workgroup Doctor changes (${METHOD_ONE_VALUES.map((id) => ALLOWED_VALUES[id].name).join(', ')})`;
      },
    ),
    ['key'],
  ),
  v.forward(
    v.partialCheck(
      [['key'], ['name'], ['before']],
      (input) => {
        const id = allowedValueId(input);
        return id === null || input.before === null || isAllowedData(id, input.before);
      },
      (issue) => dataOutsideRange(issue.input as { key: string; name: string; before: number }),
    ),
    ['before'],
  ),
  v.forward(
    v.partialCheck(
      [['key'], ['name'], ['after']],
      (input) => {
        const id = allowedValueId(input);
        return id === null || isAllowedData(id, input.after);
      },
      (issue) => dataOutsideRange(issue.input, 'after'),
    ),
    ['after'],
  ),
);

function dataOutsideRange(input: { key: string; name: string; before?: number; after?: number }, field: 'before' | 'after' = 'before'): string {
  const id = allowedValueId(input)!;
  return `${input[field]} is not data ${ALLOWED_VALUES[id].name} may hold (${allowedDataWords(id)})`;
}

const MethodOneChange = v.strictObject({
  action: v.literal('method-1'),
  values: v.pipe(
    v.array(RegistryValueChange),
    v.minLength(1),
    v.maxLength(METHOD_ONE_VALUES.length),
    v.check((values) => new Set(values.map((value) => allowedValueAt(value.key, value.name))).size === values.length, 'names the same value twice'),
  ),
});

const MethodTwoChange = v.strictObject({
  action: v.literal('method-2'),
  printers: v.pipe(
    v.array(v.strictObject({ name: PrinterName, shareName: ShareName, sharedBefore: v.boolean() })),
    v.minLength(1),
    v.maxLength(64),
    v.check((printers) => new Set(printers.map((printer) => printer.name)).size === printers.length, 'names the same printer twice'),
  ),
});

/** One computer a disconnect ended: how long it had been idle, and the files it had open (for the record). */
const disconnectedComputerEntries = {
  computer: ComputerName,
  idleMinutesBefore: v.nullable(v.pipe(v.number(), v.safeInteger(), v.minValue(0))),
  openFiles: v.pipe(v.array(v.strictObject({ id: FileId, path: Text(1024), user: Text(256) })), v.maxLength(10_000)),
};

const DisconnectedComputerSchema = v.strictObject(disconnectedComputerEntries);

/** A disconnect as format 1 first wrote it: one computer, its facts beside the action. Still read. */
const DisconnectOneChange = v.strictObject({ action: v.literal('disconnect'), ...disconnectedComputerEntries });

/** A disconnect of one or several computers, one step each, in the order they were ended. */
const DisconnectChange = v.strictObject({
  action: v.literal('disconnect'),
  computers: v.pipe(
    v.array(DisconnectedComputerSchema),
    v.minLength(1),
    v.maxLength(MAX_DISCONNECTED_COMPUTERS),
    v.check(
      (computers) => new Set(computers.map((c) => bareComputerName(c.computer).toLowerCase())).size === computers.length,
      'names the same computer twice',
    ),
  ),
});

const CloseFileChange = v.strictObject({ action: v.literal('close-file'), fileId: FileId, path: Text(1024) });

const Minutes = (min: number) => v.pipe(v.number(), v.integer(), v.minValue(min), v.maxValue(65535));
const AutodisconnectChange = v.strictObject({ action: v.literal('autodisconnect'), minutesBefore: Minutes(-1), minutesAfter: Minutes(1) });

// The older disconnect shape is tried first: an entry of either shape is then checked against its own,
// and a wrong field is reported as that shape names it.
const StartServerChange = v.strictObject({
  action: v.literal('start-server'),
  startTypeBefore: v.picklist(SETTABLE_SERVER_START_TYPES),
  runningBefore: v.boolean(),
});

const ChangeFactsSchema = v.variant('action', [
  MethodOneChange,
  MethodTwoChange,
  DisconnectOneChange,
  DisconnectChange,
  CloseFileChange,
  AutodisconnectChange,
  StartServerChange,
]);

const StepRecordSchema = v.strictObject({ state: v.picklist(['started', 'done', 'failed']), startedAt: Timestamp, finishedAt: v.nullable(Timestamp) });

const ENTRY_ID = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z-(method-1|method-2|disconnect|close-file|autodisconnect|start-server)$/;
// A name in the backups folder: no folder, no drive, no "..".
const BACKUP_FILE_NAME = /^[0-9A-Za-z][0-9A-Za-z_-]{0,99}\.reg$/;

/** Starting the Server service: set its start type, then start it. */
export const START_SERVER_STEPS = 2;

/** How many steps a change has: one per value, printer or computer, two to start the Server service, one for the others. */
export function stepCount(change: ChangeFacts): number {
  switch (change.action) {
    case 'method-1':
      return change.values.length;
    case 'method-2':
      return change.printers.length;
    case 'disconnect':
      return disconnectedComputers(change).length;
    case 'start-server':
      return START_SERVER_STEPS;
    default:
      return 1;
  }
}

export type DisconnectedComputer = v.InferOutput<typeof DisconnectedComputerSchema>;

/** The computers a disconnect ended, from either of its shapes. */
export function disconnectedComputers(change: Extract<ChangeFacts, { action: 'disconnect' }>): readonly DisconnectedComputer[] {
  return 'computers' in change ? change.computers : [{ computer: change.computer, idleMinutesBefore: change.idleMinutesBefore, openFiles: change.openFiles }];
}

export const JournalEntrySchema = v.pipe(
  v.strictObject({
    id: v.pipe(v.string(), v.regex(ENTRY_ID, 'is not the id of a change (time, then the action)')),
    status: v.picklist(JOURNAL_STATUSES),
    startedAt: Timestamp,
    finishedAt: v.nullable(Timestamp),
    change: ChangeFactsSchema,
    backupFiles: v.pipe(v.array(v.pipe(v.string(), v.regex(BACKUP_FILE_NAME, 'is not the name of a file in the backups folder'))), v.maxLength(8)),
    steps: v.pipe(v.array(StepRecordSchema), v.maxLength(64)),
    problem: v.nullable(Text(4000)),
    undoneAt: v.nullable(Timestamp),
  }),
  v.forward(
    v.partialCheck([['id'], ['change', 'action']], (entry) => entry.id.endsWith(`-${entry.change.action}`), "does not end with the change's action"),
    ['id'],
  ),
  v.forward(
    v.partialCheck([['steps'], ['change']], (entry) => entry.steps.length <= stepCount(entry.change), 'records more steps than the change has'),
    ['steps'],
  ),
);

export const JournalFileSchema = v.strictObject({
  format: v.literal(JOURNAL_FORMAT),
  version: v.literal(JOURNAL_VERSION),
  entries: v.pipe(
    v.array(JournalEntrySchema),
    v.maxLength(100_000),
    v.check((entries) => new Set(entries.map((entry) => entry.id)).size === entries.length, 'holds two changes with the same id'),
  ),
});

export type ChangeFacts = v.InferOutput<typeof ChangeFactsSchema>;
export type StepRecord = v.InferOutput<typeof StepRecordSchema>;
export type JournalStatus = (typeof JOURNAL_STATUSES)[number];
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>;
export type JournalFile = v.InferOutput<typeof JournalFileSchema>;

export type JournalCheck = { readonly ok: true; readonly journal: JournalFile } | { readonly ok: false; readonly reason: string };

/**
 * Checks parsed JSON against format 1. The reason names the entry (its number and id) and the field,
 * so that a technician can find what is wrong, and says nothing ran.
 */
export function checkJournal(data: unknown): JournalCheck {
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  if (record === null || record.format !== JOURNAL_FORMAT)
    return { ok: false, reason: `not a Workgroup Doctor journal (its "format" is not "${JOURNAL_FORMAT}")` };
  if (typeof record.version === 'number' && record.version > JOURNAL_VERSION) {
    return { ok: false, reason: `written by a newer Workgroup Doctor (format version ${record.version}; this one reads version ${JOURNAL_VERSION})` };
  }
  const result = v.safeParse(JournalFileSchema, data);
  if (result.success) return { ok: true, journal: result.output };
  return { ok: false, reason: describeIssue(result.issues[0], record) };
}

function describeIssue(issue: v.BaseIssue<unknown>, record: Record<string, unknown>): string {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  let where = '';
  if (keys[0] === 'entries' && typeof keys[1] === 'number') {
    const raw = Array.isArray(record.entries) ? (record.entries[keys[1]] as { id?: unknown } | undefined) : undefined;
    const id = typeof raw?.id === 'string' ? ` (${raw.id.slice(0, 80)})` : '';
    where = `entry ${keys[1] + 1}${id}`;
    keys.splice(0, 2);
  }
  const field = keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${key}`)).join('');
  const place = [where, field && `field ${field}`].filter(Boolean).join(', ');
  // A strict object reports a field it does not have as "Expected never": say it plainly.
  const message = issue.expected === 'never' ? `is not a field of journal format ${JOURNAL_VERSION}` : issue.message;
  return `${place || 'the file'}: ${message}`;
}
