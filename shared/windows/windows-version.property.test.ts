import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegQuery } from '../parsers/reg-query';
import { consoleTextArbitrary } from '../parsers/testing/console-text-arbitrary';
import { autodisconnectFromRegistry, sessionLimitForVersion } from './session-limit';
import { windowsVersionFromRegistry } from './windows-version';
import xpCurrentVersion from '../fixtures/documented-layout/reg-query__winxp__currentversion.txt?raw';
import win11CurrentVersion from '../fixtures/documented-layout/reg-query__win11__currentversion.txt?raw';
import win7CurrentVersion from '../fixtures/documented-layout/reg-query__win7__currentversion.txt?raw';

const FAMILIES = ['nt4', '2000', 'xp', 'server-2003', 'vista', '7', '8', '8.1', '10', '11', 'server', 'unknown'];

describe('windowsVersionFromRegistry and sessionLimitForVersion on arbitrary registry output', () => {
  it('never throw, and give a known family and a limit that is a positive count or null', () => {
    fc.assert(
      fc.property(consoleTextArbitrary([xpCurrentVersion, win11CurrentVersion, win7CurrentVersion]), (text) => {
        const version = windowsVersionFromRegistry(parseRegQuery(text).values);
        expect(FAMILIES).toContain(version.family);
        if (version.build !== null) expect(Number.isInteger(version.build) && version.build >= 0).toBe(true);
        if (version.isServer) expect(['server', 'server-2003', 'unknown']).toContain(version.family);
        const limit = sessionLimitForVersion(version);
        expect(limit.max === null || [5, 10, 20].includes(limit.max)).toBe(true);
        expect(limit.note.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('autodisconnectFromRegistry on arbitrary numbers', () => {
  it('never throws, and only -1 disables', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -5, max: 2 ** 32 + 5 }), fc.double(), fc.constant(null)), (dword) => {
        const result = autodisconnectFromRegistry(dword);
        expect(result.disabled).toBe(result.setting === -1);
        if (result.idleMinutes !== null) expect(result.idleMinutes).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });
});
