import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandFailure } from '../../../shared/commands/command-failure';
import { SOURCE_FILE_NAMES, SOURCE_IDS, type HostReadings, type SourceId, type SourceReading } from '../../../shared/diagnosis/readings';
import { decodeConsoleBytes, decodeSavedText, iconvEncodingForCodePage } from '../commands/console-encoding';
import { InputFileError, readBoundedFile } from '../files/bounded-read';

/**
 * A folder of saved outputs (from `workgroup-doctor collect`, or typed by hand on the PC: net session >
 * net-session.txt …). meta.json is optional; its "codePage" says which code page the .txt files are in
 * (without it they are UTF-8, or UTF-16 with a BOM as PowerShell writes them).
 */
export interface CollectedMeta {
  /** The code page the files are written in; absent for UTF-8. */
  readonly codePage?: number;
  /** The console code page of the PC the outputs came from (for information). */
  readonly consoleCodePage?: number;
  readonly collectedAt?: string;
  readonly computerName?: string;
  readonly elevated?: boolean | null;
  readonly versions?: Readonly<Record<string, string>>;
  /** Sources whose command failed, with the reason; the file then holds what the command printed. */
  readonly failures?: Readonly<Partial<Record<SourceId, CommandFailure>>>;
  readonly durationsMs?: Readonly<Partial<Record<SourceId, number>>>;
}

export class CollectedFolderError extends Error {
  override name = 'CollectedFolderError';
}

export function readCollectedFolder(directory: string): { readings: HostReadings; meta: CollectedMeta } {
  if (!existsSync(directory)) throw new CollectedFolderError(`${directory} does not exist.`);
  if (!statSync(directory).isDirectory()) throw new CollectedFolderError(`${directory} is a file; give the folder that holds net-session.txt and the others.`);
  const meta = readMeta(directory);
  const sources = {} as Record<SourceId, SourceReading>;
  let found = 0;
  for (const source of SOURCE_IDS) {
    const file = path.join(directory, SOURCE_FILE_NAMES[source]);
    if (!existsSync(file)) {
      sources[source] = { status: 'not-run', reason: 'not-collected' };
      continue;
    }
    found++;
    const bytes = readFolderFile(file);
    // printers.json is written by PowerShell/ConvertTo-Json, never in the console code page.
    const text = meta.codePage === undefined || source === 'printers' ? decodeSavedText(bytes, 65001) : decodeConsoleBytes(bytes, meta.codePage);
    const failure = meta.failures?.[source];
    const durationMs = meta.durationsMs?.[source] ?? null;
    sources[source] = failure ? { status: 'failed', failure, text, durationMs } : { status: 'ok', text, durationMs };
  }
  if (found === 0) {
    throw new CollectedFolderError(`${directory} holds none of the expected files (${SOURCE_IDS.map((id) => SOURCE_FILE_NAMES[id]).join(', ')}).`);
  }
  return { readings: { sources, elevated: meta.elevated ?? null, codePage: meta.consoleCodePage ?? meta.codePage ?? null }, meta };
}

/** Every file of the folder is read with the one size limit; what cannot be read is named. */
function readFolderFile(file: string): Buffer {
  try {
    return readBoundedFile(file);
  } catch (error) {
    if (error instanceof InputFileError) throw new CollectedFolderError(error.message);
    throw error;
  }
}

function readMeta(directory: string): CollectedMeta {
  const file = path.join(directory, 'meta.json');
  if (!existsSync(file)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeSavedText(readFolderFile(file), 65001));
  } catch (error) {
    if (error instanceof CollectedFolderError) throw error;
    throw new CollectedFolderError(`${file} is not valid JSON (${(error as Error).message}). Fix or delete it; every other file can be read without it.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CollectedFolderError(`${file} must hold a JSON object.`);
  const meta = parsed as CollectedMeta;
  if (meta.codePage !== undefined && (!Number.isInteger(meta.codePage) || iconvEncodingForCodePage(meta.codePage) === null)) {
    throw new CollectedFolderError(`${file}: "codePage": ${JSON.stringify(meta.codePage)} is not a code page this app can read.`);
  }
  return meta;
}

/** Saves a scan's raw outputs (as UTF-8) and meta.json, each file written whole or not at all. */
export function writeCollectedFolder(directory: string, readings: HostReadings, meta: Omit<CollectedMeta, 'failures' | 'durationsMs' | 'codePage'>): string[] {
  mkdirSync(directory, { recursive: true });
  const written: string[] = [];
  const failures: Partial<Record<SourceId, CommandFailure>> = {};
  const durationsMs: Partial<Record<SourceId, number>> = {};
  for (const source of SOURCE_IDS) {
    const reading = readings.sources[source];
    if (reading.status === 'not-run') continue;
    if (reading.status === 'failed') failures[source] = reading.failure;
    if (reading.durationMs !== null) durationsMs[source] = reading.durationMs;
    written.push(writeWhole(path.join(directory, SOURCE_FILE_NAMES[source]), reading.text));
  }
  written.push(writeWhole(path.join(directory, 'meta.json'), `${JSON.stringify({ ...meta, failures, durationsMs }, null, 2)}\n`));
  return written;
}

function writeWhole(file: string, text: string): string {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, file);
  return file;
}
