import { parseNetConfigServer, type NetConfigServer } from '../parsers/net-config-server';
import { parseNetFile, type NetFile } from '../parsers/net-file';
import { parseNetSession, type NetSession } from '../parsers/net-session';
import { parseNetShare, type NetShare } from '../parsers/net-share';
import { parseNetstat, type NetstatConnection } from '../parsers/netstat';
import { parsePrintersJson, type PrinterRecord } from '../parsers/printers-json';
import { parseRegQuery, type RegValue } from '../parsers/reg-query';
import { parseScQueryConfig, type ScServiceConfig } from '../parsers/sc-service';
import type { UnrecognizedLine } from '../parsers/text-lines';

/** A command's output in which none of that command's own structure was found. */
export class UnreadableOutputError extends Error {
  override name = 'UnreadableOutputError';
}

/**
 * Output is trusted as a command's only when some of its structure was found: a table row, a
 * label/value field, a registry key. Parsers report every line they cannot place; output of several
 * such lines and nothing else (garbage, another program's text, a page of HTML) is not "an empty
 * list", it is unreadable, and the diagnosis must not conclude from it that nobody is connected. One
 * line alone is a notice ("There are no entries in the list." in the display language) and is accepted.
 */
function recognized<T extends { readonly unrecognizedLines: readonly UnrecognizedLine[] }>(result: T, foundSomething: boolean, what: string): T {
  if (!foundSomething && result.unrecognizedLines.length > 0) {
    throw new UnreadableOutputError(`no ${what} found, and ${result.unrecognizedLines.length} lines that are not part of that command’s output`);
  }
  return result;
}

const registryValues = (text: string): RegValue[] => {
  const result = parseRegQuery(text);
  return recognized(result, result.keys.length > 0 || result.values.length > 0, 'registry key').values;
};

/** Each source's text read as what the diagnosis uses, or UnreadableOutputError. */
export const SOURCE_READERS = {
  sessions: (text: string): NetSession[] => {
    const result = parseNetSession(text);
    return recognized(result, result.sessions.length > 0, 'session table').sessions;
  },
  openFiles: (text: string): NetFile[] => {
    const result = parseNetFile(text);
    return recognized(result, result.files.length > 0, 'open-file table').files;
  },
  shares: (text: string): NetShare[] => {
    const result = parseNetShare(text);
    return recognized(result, result.shares.length > 0, 'share table').shares;
  },
  connections: (text: string): NetstatConnection[] => {
    const result = parseNetstat(text);
    return recognized(result, result.connections.length > 0, 'connection table').connections;
  },
  serverConfig: (text: string): NetConfigServer => {
    const result = parseNetConfigServer(text);
    return recognized(result, result.fields.length > 0, 'server setting');
  },
  registryValues,
  serviceConfig: (text: string): ScServiceConfig => {
    const result = parseScQueryConfig(text);
    return recognized(result, result.fields.length > 0, 'service configuration');
  },
  printers: (text: string): PrinterRecord[] => {
    const result = parsePrintersJson(text);
    if (result.problem !== null) throw new UnreadableOutputError(result.problem);
    return result.printers;
  },
};
