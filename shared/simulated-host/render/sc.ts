import { SERVER_SERVICE_NAME, SERVICE_START_TYPE_CODES, type SettableServerStartType } from '../../windows/server-service';
import type { DisplayLanguage } from '../scenario';
import { consoleLines, padCells } from './console-text';
import { netText } from './messages';

/** Labels are padded to this many cells, then " : " (published sc transcripts). */
const LABEL_CELLS = 18;
const field = (label: string, value: string) => `        ${padCells(label, LABEL_CELLS)} : ${value}`.trimEnd();

const START_TYPE_WORDS: Readonly<Record<SettableServerStartType, string>> = { auto: 'AUTO_START', demand: 'DEMAND_START', disabled: 'DISABLED' };

/**
 * `sc qc lanmanserver` (see shared/parsers/sc-service.ts for the layout and its sources). The labels and
 * constant names are printed in English in every language here: German Windows translates some of
 * them (a documented-layout fixture shows how), which the parser does not depend on.
 */
export function renderScQueryConfig(startType: SettableServerStartType, language: DisplayLanguage): string {
  const code = SERVICE_START_TYPE_CODES[startType];
  return consoleLines([
    `[SC] QueryServiceConfig ${netText(language).sc.success}`,
    '',
    `SERVICE_NAME: ${SERVER_SERVICE_NAME}`,
    field('TYPE', '20  WIN32_SHARE_PROCESS'),
    field('START_TYPE', `${code}   ${START_TYPE_WORDS[startType]}`),
    field('ERROR_CONTROL', '1   NORMAL'),
    field('BINARY_PATH_NAME', 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p'),
    field('LOAD_ORDER_GROUP', ''),
    field('TAG', '0'),
    field('DISPLAY_NAME', 'Server'),
    field('DEPENDENCIES', 'SamSS'),
    // A second dependency: a continuation line, an empty label.
    field('', 'Srv2'),
    field('SERVICE_START_NAME', 'LocalSystem'),
    '',
  ]);
}

/** `sc query lanmanserver`: running (4) with its flags, or stopped (1). */
export function renderScQueryState(running: boolean): string {
  return consoleLines([
    '',
    `SERVICE_NAME: ${SERVER_SERVICE_NAME}`,
    field('TYPE', '20  WIN32_SHARE_PROCESS'),
    ...(running ? [field('STATE', '4  RUNNING'), `${' '.repeat(32)}(STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)`] : [field('STATE', '1  STOPPED')]),
    field('WIN32_EXIT_CODE', running ? '0  (0x0)' : '1077  (0x435)'),
    field('SERVICE_EXIT_CODE', '0  (0x0)'),
    field('CHECKPOINT', '0x0'),
    field('WAIT_HINT', '0x0'),
    '',
  ]);
}
