import { existsSync, mkdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CommandFailure } from '../../../shared/commands/command-failure';
import { summarizeProblems, validate } from '../../../shared/validation/validate';
import { SOURCE_FILE_NAMES, SOURCE_IDS, type HostReadings, type SourceId, type SourceReading } from '../../../shared/diagnosis/readings';
import { decodeConsoleBytes, decodeSavedText } from '../commands/console-encoding';
import { InputFileError, readBoundedFile } from '../files/bounded-read';
import { COLLECTED_META_SCHEMA, type CollectedMeta } from './collected-meta';

export type { CollectedMeta } from './collected-meta';

/** A collected folder that cannot be read: the message names the file and says what to do. */
export class CollectedFolderError extends Error {
  override name = 'CollectedFolderError';
}

/**
 * A folder of saved outputs (from `workgroup-doctor collect`, or typed by hand on the PC: net session >
 * net-session.txt …). meta.json is optional; its "codePage" says which code page the .txt files are in
 * (without it they are UTF-8, or UTF-16 with a BOM as PowerShell writes them). Its fields are described
 * and checked by COLLECTED_META_SCHEMA (collected-meta.ts).
 */
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
    const failure = meta.failures?.[source] ?? null;
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
  const whatToDo = 'Fix or delete meta.json; every other file can be read without it.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeSavedText(readFolderFile(file), 65001));
  } catch (error) {
    if (error instanceof CollectedFolderError) throw error;
    throw new CollectedFolderError(`${file} is not valid JSON (${(error as Error).message}). ${whatToDo}`);
  }
  const checked = validate(COLLECTED_META_SCHEMA, parsed);
  if (!checked.ok) throw new CollectedFolderError(`${file}: ${summarizeProblems(checked.problems)}. ${whatToDo}`);
  return checked.value;
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
