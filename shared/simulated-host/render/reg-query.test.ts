import { describe, expect, it } from 'vitest';
import type { SimulatedRegistryValue } from '../scenario';
import { renderRegNotFound, renderRegOperationSucceeded, renderRegQueryKey, renderRegQueryValue, type RenderRegistryValue } from './reg-query';
import { asCopied } from './testing/published-text';
import es_01 from '../../fixtures/windows-outputs/reg-query__win11__es__01.txt?raw';
import win10_currentversion from '../../fixtures/documented-layout/reg-query__win10__currentversion.txt?raw';
import win11_currentversion from '../../fixtures/documented-layout/reg-query__win11__currentversion.txt?raw';
import win7_currentversion from '../../fixtures/documented-layout/reg-query__win7__currentversion.txt?raw';
import xp_currentversion from '../../fixtures/documented-layout/reg-query__winxp__currentversion.txt?raw';
import xp_restrictanonymous from '../../fixtures/documented-layout/reg-query__winxp__lsa-v-restrictanonymous.txt?raw';
import lanman_parameters from '../../fixtures/documented-layout/reg-query__win10__lanmanserver-parameters.txt?raw';
import lanman_autodisconnect from '../../fixtures/documented-layout/reg-query__win10__lanmanserver-v-autodisconnect.txt?raw';
import not_found from '../../fixtures/documented-layout/reg-query__win10__en__not-found.txt?raw';

const LSA = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa';
const CURRENT_VERSION = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion';
const PARAMETERS = 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\LanmanServer\\Parameters';

const dword = (data: number): SimulatedRegistryValue => ({ type: 'REG_DWORD', data });
const sz = (data: string): SimulatedRegistryValue => ({ type: 'REG_SZ', data });

/**
 * A fixture's values, read back by splitting its value lines at the separators (four spaces, or a TAB on
 * XP): the data the fixture shows, used to render it again. Numbers as bigint QWORDs keep every digit.
 */
function valuesOf(text: string): [string, RenderRegistryValue][] {
  return text
    .split('\n')
    .filter((line) => /^ {4}\S/.test(line))
    .map((line) => {
      const [name = '', type = '', data = ''] = line.slice(4).split(line.includes('\t') ? '\t' : '    ');
      switch (type) {
        case 'REG_DWORD':
          return [name, { type, data: Number.parseInt(data, 16) }];
        case 'REG_QWORD':
          return [name, { type, data: BigInt(data) }];
        case 'REG_MULTI_SZ':
          return [name, { type, data: data === '' ? [] : data.split('\\0') }];
        case 'REG_SZ':
        case 'REG_EXPAND_SZ':
        case 'REG_BINARY':
          return [name, { type, data }];
        default:
          throw new Error(`unexpected type in fixture: ${type}`);
      }
    });
}

const subkeysOf = (text: string, key: string): string[] => text.split('\n').filter((line) => line.startsWith(`${key}\\`));

describe('renderRegQueryKey against the real capture', () => {
  it('equals reg-query win11 es 01 (the Lsa key; its body is language-neutral) modulo line endings', () => {
    const text = renderRegQueryKey(LSA, valuesOf(es_01), subkeysOf(es_01, LSA));
    expect(asCopied(text)).toBe(es_01);
  });

  it('writes CRLF and takes subkey names relative to the key', () => {
    const text = renderRegQueryKey(LSA, [['LimitBlankPasswordUse', dword(1)]], ['Audit']);
    expect(text).toBe(`\r\n${LSA}\r\n    LimitBlankPasswordUse    REG_DWORD    0x1\r\n\r\n${LSA}\\Audit\r\n`);
  });
});

// Documented-layout fixtures: NOT real captures (see ../../fixtures/documented-layout/README.md).
describe('renderRegQueryKey / renderRegQueryValue against documented-layout fixtures (not real captures), modulo line endings', () => {
  it.each([
    ['Windows 10 CurrentVersion', win10_currentversion, CURRENT_VERSION],
    ['Windows 11 CurrentVersion (a REG_QWORD above 2^53, an empty REG_SZ)', win11_currentversion, CURRENT_VERSION],
    ['Windows 7 CurrentVersion', win7_currentversion, CURRENT_VERSION],
    ['LanmanServer Parameters (REG_MULTI_SZ lists, REG_BINARY, autodisconnect -1)', lanman_parameters, PARAMETERS],
  ])('equals %s', (_name, fixture, key) => {
    expect(asCopied(renderRegQueryKey(key, valuesOf(fixture), subkeysOf(fixture, key)))).toBe(fixture);
  });

  it('equals the /v autodisconnect form, with its closing empty line; -1 prints as 0xffffffff', () => {
    expect(renderRegQueryValue(PARAMETERS, 'autodisconnect', dword(-1)).replace(/\r\n/g, '\n')).toBe(lanman_autodisconnect);
  });

  it('equals the Windows XP CurrentVersion fixture: banner, TABs', () => {
    const text = renderRegQueryKey(CURRENT_VERSION, valuesOf(xp_currentversion), subkeysOf(xp_currentversion, CURRENT_VERSION), { xpLayout: true });
    expect(asCopied(text)).toBe(xp_currentversion);
  });

  it('equals the Windows XP /v restrictanonymous fixture, with its closing empty line', () => {
    expect(renderRegQueryValue(LSA, 'restrictanonymous', dword(0), { xpLayout: true }).replace(/\r\n/g, '\n')).toBe(xp_restrictanonymous);
  });

  it('equals the English not-found fixture', () => {
    expect(renderRegNotFound('en').replace(/\r\n/g, '\n')).toBe(not_found);
  });
});

describe('reg-query: layouts Wine’s reg tests expect of Windows', () => {
  it('prints only the subkeys of a key without values', () => {
    expect(renderRegQueryKey('HKEY_CURRENT_USER\\Software\\Test', [], ['HKEY_CURRENT_USER\\Software\\Test\\subkey1'])).toBe(
      '\r\nHKEY_CURRENT_USER\\Software\\Test\\subkey1\r\n',
    );
  });

  it('ends with the blank line after the values when there are no subkeys', () => {
    expect(renderRegQueryKey(LSA, [['forceguest', dword(0)]], [])).toBe(`\r\n${LSA}\r\n    forceguest    REG_DWORD    0x0\r\n\r\n`);
  });

  it('names the default value in the display language, and "<NO NAME>" on XP', () => {
    expect(renderRegQueryValue(LSA, '', sz('x'), { language: 'de' })).toContain('    (Standard)    REG_SZ    x\r\n');
    expect(renderRegQueryValue(LSA, '', sz('x'))).toContain('    (Default)    REG_SZ    x\r\n');
    expect(renderRegQueryValue(LSA, '', sz('x'), { xpLayout: true })).toContain('    <NO NAME>\tREG_SZ\tx\r\n');
  });
});

describe('reg messages', () => {
  it('prints the not-found error and the success line in each language', () => {
    expect(renderRegNotFound('de')).toBe('FEHLER: Der angegebene Registrierungsschlüssel bzw. Wert wurde nicht gefunden.\r\n');
    expect(renderRegOperationSucceeded('en')).toBe('The operation completed successfully.\r\n');
    expect(renderRegOperationSucceeded('de')).toBe('Der Vorgang wurde erfolgreich beendet.\r\n');
  });
});
