import * as v from 'valibot';
import { plainList, plainObject } from '../validation/plain-data';

/** Longest name a request may carry (NetBIOS names are 15 characters, DNS names 253, share names 80). */
const MAX_NAME_LENGTH = 256;
/** More printers than any PC shares; a longer list is not a real request. */
const MAX_PRINTERS = 64;
/** More computers than a disconnect of idle ones would ever end at once (a desktop accepts 20). */
export const MAX_DISCONNECTED_COMPUTERS = 64;

const name = v.pipe(v.string(), v.maxLength(MAX_NAME_LENGTH));

/**
 * What the user (or a script) asks for. Names inside are checked against the diagnosis before any
 * plan is made; registry keys and commands never come from here. The schema checks only the shape of a
 * request that crossed IPC (the contract's validator); the content is checked by the plan.
 */
export const FIX_REQUEST_SCHEMA = plainObject(
  v.variant('action', [
    v.strictObject({ action: v.literal('method-1') }),
    v.strictObject({ action: v.literal('method-2'), printers: plainList(name, MAX_PRINTERS) }),
    // One or several computers, as net session lists them; each is checked against the scan by the plan.
    v.strictObject({ action: v.literal('disconnect'), computers: plainList(name, MAX_DISCONNECTED_COMPUTERS) }),
    v.strictObject({ action: v.literal('close-file'), fileId: v.pipe(v.number(), v.safeInteger(), v.minValue(0)) }),
    // Any whole number: the plan says which are accepted (0 and -1 are refused there, with a reason).
    v.strictObject({ action: v.literal('autodisconnect'), minutes: v.pipe(v.number(), v.integer()) }),
    // Starts the Server service and makes it start with Windows; it takes nothing from the caller.
    v.strictObject({ action: v.literal('start-server') }),
  ]),
);

export type FixRequest = Readonly<v.InferOutput<typeof FIX_REQUEST_SCHEMA>>;

export type FixKind = FixRequest['action'];

/** The idle time Windows uses by default, and the one autodisconnect is restored to. */
export const DEFAULT_AUTODISCONNECT_MINUTES = 15;
