import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../../parsers/reg-query';
import { renderRegQueryKey, renderRegQueryValue, type RenderRegistryValue } from './reg-query';
import { phrase } from './testing/render-arbitraries';

const KEY_UNITS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-. '];
const keySegment = fc.string({ unit: fc.constantFrom(...KEY_UNITS), minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s);
const key = fc
  .tuple(fc.constantFrom('HKEY_LOCAL_MACHINE', 'HKEY_CURRENT_USER'), fc.array(keySegment, { minLength: 1, maxLength: 5 }))
  .map(([root, segments]) => [root, ...segments].join('\\'));

// Value names: any text without TABs, without leading or trailing spaces and without a run of two spaces
// before a "REG_" word (those would be the separator); "" (the default value) is tested by example.
const valueName = phrase([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.()$äöü'], 3, 12);
// String data: anything printable on one line (leading, trailing and doubled spaces included), no TAB.
const stringData = fc.string({ unit: fc.constantFrom(...'abcXYZ019 \\%:;.-_()"äö漢'), maxLength: 40 });
const multiEntry = fc.string({ unit: fc.constantFrom(...'abcXYZ019 \\%:.-_'), maxLength: 15 }).filter((entry) => !entry.includes('\\0'));

const value: fc.Arbitrary<RenderRegistryValue> = fc.oneof(
  fc.record({ type: fc.constant('REG_DWORD' as const), data: fc.nat(0xffff_ffff) }),
  fc.record({ type: fc.constant('REG_QWORD' as const), data: fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }) }),
  fc.record({ type: fc.constantFrom('REG_SZ' as const, 'REG_EXPAND_SZ' as const), data: stringData }),
  fc.record({
    type: fc.constant('REG_MULTI_SZ' as const),
    // The last entry is not empty: reg.exe's "a\0b\0" and "a\0b" read alike, and trailing empties are dropped.
    data: fc
      .array(multiEntry, { maxLength: 5 })
      .filter((entries) => entries.length === 0 || (entries[entries.length - 1] !== '' && !(entries.length === 1 && entries[0] === ''))),
  }),
  fc.record({
    type: fc.constant('REG_BINARY' as const),
    data: fc.uint8Array({ maxLength: 16 }).map((bytes) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')),
  }),
);

/** What the parser gives back for a value: numbers for DWORD/QWORD (QWORD exact in rawData), lists, text. */
function expected(keyName: string, name: string, v: RenderRegistryValue) {
  switch (v.type) {
    case 'REG_DWORD':
      return { key: keyName, name, type: v.type, data: v.data, rawData: `0x${v.data.toString(16)}` };
    case 'REG_QWORD': {
      const whole = BigInt(v.data);
      return { key: keyName, name, type: v.type, data: Number(whole), rawData: `0x${whole.toString(16)}` };
    }
    case 'REG_MULTI_SZ':
      return { key: keyName, name, type: v.type, data: [...v.data], rawData: v.data.join('\\0') };
    case 'REG_BINARY':
      return { key: keyName, name, type: v.type, data: v.data.toUpperCase(), rawData: v.data.toUpperCase() };
    default:
      return { key: keyName, name, type: v.type, data: v.data, rawData: v.data };
  }
}

const strip = (values: ReturnType<typeof parseRegQuery>['values']) =>
  values.map(({ key: k, name, type, data, rawData }) => ({ key: k, name, type, data, rawData }));

describe('renderRegQueryKey / renderRegQueryValue → parseRegQuery round trip', () => {
  it('gives back every value of each type, the key and its subkeys, in the Vista+ and the XP layout', () => {
    fc.assert(
      fc.property(
        key,
        fc.uniqueArray(fc.tuple(valueName, value), { selector: ([name]) => name.toLowerCase(), maxLength: 8 }),
        fc.uniqueArray(keySegment, { maxLength: 4 }),
        fc.boolean(),
        (keyName, values, subkeyNames, xpLayout) => {
          const subkeys = subkeyNames.map((name) => `${keyName}\\${name}`);
          const text = renderRegQueryKey(keyName, values, subkeys, { xpLayout });
          expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          const parsed = parseRegQuery(text);
          expect(strip(parsed.values)).toEqual(values.map(([name, v]) => expected(keyName, name, v)));
          const keyShown = values.length > 0 || xpLayout;
          expect(parsed.keys).toEqual([...(keyShown ? [keyName] : []), ...subkeys]);
          expect(parsed.messages).toEqual(xpLayout ? ['! REG.EXE VERSION 3.0'] : []);
          expect(parsed.unrecognizedLines).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives back a single value of the /v form', () => {
    fc.assert(
      fc.property(key, valueName, value, fc.boolean(), (keyName, name, v, xpLayout) => {
        const parsed = parseRegQuery(renderRegQueryValue(keyName, name, v, { xpLayout }));
        expect(strip(parsed.values)).toEqual([expected(keyName, name, v)]);
        expect(parsed.unrecognizedLines).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});
