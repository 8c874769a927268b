import { describe, expect, it } from 'vitest';
import { parseScQueryConfig, parseScQueryState } from './sc-service';
import qcAuto from '../fixtures/documented-layout/sc-qc__documented-win10__en__01.txt?raw';
import qcDisabled from '../fixtures/documented-layout/sc-qc__documented-win10__en__02.txt?raw';
import qcMissing from '../fixtures/documented-layout/sc-qc__documented-win10__en__03.txt?raw';
import qcGerman from '../fixtures/documented-layout/sc-qc__documented-winxp__de__04.txt?raw';
import queryRunning from '../fixtures/documented-layout/sc-query__documented-win10__en__01.txt?raw';
import queryStopped from '../fixtures/documented-layout/sc-query__documented-win10__en__02.txt?raw';
import queryGerman from '../fixtures/documented-layout/sc-query__documented-win10__de__03.txt?raw';

describe('sc qc (documented layouts)', () => {
  it('reads every field of the Server service, the start type by its number, and a continuation', () => {
    expect(parseScQueryConfig(qcAuto)).toEqual({
      serviceName: 'lanmanserver',
      fields: [
        { label: 'TYPE', value: '20  WIN32_SHARE_PROCESS', more: [], lineNumber: 4 },
        { label: 'START_TYPE', value: '2   AUTO_START', more: [], lineNumber: 5 },
        { label: 'ERROR_CONTROL', value: '1   NORMAL', more: [], lineNumber: 6 },
        { label: 'BINARY_PATH_NAME', value: 'C:\\Windows\\system32\\svchost.exe -k netsvcs -p', more: [], lineNumber: 7 },
        { label: 'LOAD_ORDER_GROUP', value: '', more: [], lineNumber: 8 },
        { label: 'TAG', value: '0', more: [], lineNumber: 9 },
        { label: 'DISPLAY_NAME', value: 'Server', more: [], lineNumber: 10 },
        { label: 'DEPENDENCIES', value: 'SamSS', more: ['Srv2'], lineNumber: 11 },
        { label: 'SERVICE_START_NAME', value: 'LocalSystem', more: [], lineNumber: 13 },
      ],
      failedWith: null,
      messages: [],
      unrecognizedLines: [],
      startType: 2,
      startTypeLineNumber: 5,
    });
  });

  it('reads a disabled service as 4', () => {
    expect(parseScQueryConfig(qcDisabled)).toMatchObject({ startType: 4, startTypeLineNumber: 5, unrecognizedLines: [] });
  });

  it('reads a failure by its number, with the message kept as sc printed it', () => {
    expect(parseScQueryConfig(qcMissing)).toEqual({
      serviceName: null,
      fields: [],
      failedWith: 1060,
      messages: ['The specified service does not exist as an installed service.'],
      unrecognizedLines: [],
      startType: null,
      startTypeLineNumber: null,
    });
  });

  it('reads German labels by place: the start type is the second field', () => {
    const config = parseScQueryConfig(qcGerman);
    expect(config).toMatchObject({ serviceName: 'lanmanserver', failedWith: null, startType: 3, startTypeLineNumber: 5, unrecognizedLines: [] });
    expect(config.fields.map((field) => field.label)).toEqual([
      'TYP',
      'STARTTYP',
      'FEHLERSTEUERUNG',
      'BINARY_PATH_NAME',
      'LOAD_ORDER_GROUP',
      'TAG',
      'ANZEIGENAME',
      'ABHÄNGIGKEITEN',
      'DIENSTSTARTNAME',
    ]);
  });

  it('reads "AUTO_START  (DELAYED)" as 2: the number decides', () => {
    expect(parseScQueryConfig(qcAuto.replace('2   AUTO_START', '2   AUTO_START  (DELAYED)')).startType).toBe(2);
  });
});

describe('sc query (documented layouts)', () => {
  it('reads a running service as 4, its flags as a continuation', () => {
    const state = parseScQueryState(queryRunning);
    expect(state).toMatchObject({ serviceName: 'lanmanserver', state: 4, stateLineNumber: 4, failedWith: null, unrecognizedLines: [] });
    expect(state.fields[1]).toEqual({ label: 'STATE', value: '4  RUNNING', more: ['(STOPPABLE, PAUSABLE, ACCEPTS_SHUTDOWN)'], lineNumber: 4 });
    expect(state.fields).toHaveLength(6);
  });

  it('reads a stopped service as 1', () => {
    expect(parseScQueryState(queryStopped)).toMatchObject({ state: 1, stateLineNumber: 4, unrecognizedLines: [] });
  });

  it('reads German labels by place: STATUS is the second field', () => {
    expect(parseScQueryState(queryGerman)).toMatchObject({ state: 4, stateLineNumber: 4, unrecognizedLines: [] });
  });
});

describe('sc output that is not sc output', () => {
  it.each([
    ['nothing', ''],
    ['text', 'hello\nworld\n'],
    ['a net.exe error', 'System error 5 has occurred.\r\n\r\nAccess is denied.\r\n'],
    ['a start type that is not a number', '\nSERVICE_NAME: x\n        TYPE : 20\n        START_TYPE : AUTO\n'],
  ])('%s: no start type and no state, never an exception', (_what, text) => {
    expect(parseScQueryConfig(text).startType).toBeNull();
    expect(parseScQueryState(text).state).toBeNull();
  });

  it('keeps lines it cannot place', () => {
    expect(parseScQueryConfig('hello\nworld\n').unrecognizedLines).toEqual([
      { lineNumber: 1, text: 'hello' },
      { lineNumber: 2, text: 'world' },
    ]);
  });
});
