import { parseNbtstatSessions } from './nbtstat';
import { parseNetConfigServer } from './net-config-server';
import { parseNetFile } from './net-file';
import { parseNetSession } from './net-session';
import { parseNetSessionDetail } from './net-session-detail';
import { parseNetShare } from './net-share';
import { parseNetShareDetail } from './net-share-detail';
import { parseNetstat } from './netstat';
import { parseNetView } from './net-view';
import { parseRegQuery } from './reg-query';
import { parseScQueryConfig, parseScQueryState } from './sc-service';
import { recognizeSystemError } from './system-error';

/** Every kind of Windows output the product reads, by the name technicians give it on the CLI. */
export const PARSERS = {
  'net-session': parseNetSession,
  'net-session-detail': parseNetSessionDetail,
  'net-file': parseNetFile,
  'net-share': parseNetShare,
  'net-share-detail': parseNetShareDetail,
  'net-view': parseNetView,
  nbtstat: parseNbtstatSessions,
  netstat: parseNetstat,
  'net-config-server': parseNetConfigServer,
  'reg-query': parseRegQuery,
  'sc-qc': parseScQueryConfig,
  'sc-query': parseScQueryState,
} as const;

export type ParserKind = keyof typeof PARSERS;

export const PARSER_KINDS = Object.keys(PARSERS) as ParserKind[];

export function isParserKind(kind: string): kind is ParserKind {
  return Object.hasOwn(PARSERS, kind);
}

/**
 * The parsed result of one output, plus `systemError: N` when the text is a Windows error message
 * instead of the command's normal output (in any display language).
 */
export function parseOutput(kind: ParserKind, text: string): Record<string, unknown> {
  const parsed = PARSERS[kind](text) as unknown as Record<string, unknown>;
  const systemError = recognizeSystemError(text);
  return systemError === null ? { ...parsed } : { ...parsed, systemError: systemError.code };
}
