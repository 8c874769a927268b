import { describe, expect, it } from 'vitest';
import { autodisconnectFromRegistry, sessionLimitForVersion } from './session-limit';
import type { WindowsFamily, WindowsVersion } from './windows-version';

function version(family: WindowsFamily, overrides: Partial<WindowsVersion> = {}): WindowsVersion {
  return {
    family,
    name: null,
    build: null,
    edition: null,
    editionName: null,
    isServer: false,
    displayVersion: null,
    servicePack: null,
    ...overrides,
  };
}

describe('sessionLimitForVersion (domain.md §2)', () => {
  it('gives 20 for every client edition of 7, 8, 8.1, 10 and 11', () => {
    for (const family of ['7', '8', '8.1', '10', '11'] as const) {
      expect(sessionLimitForVersion(version(family, { edition: 'Core', editionName: 'Home' }))).toEqual({
        max: 20,
        source: 'edition',
        note: 'Client editions of Windows 7 and later accept 20 inbound sessions.',
      });
    }
  });

  it('gives 10 for NT 4.0 Workstation and 2000 Professional', () => {
    expect(sessionLimitForVersion(version('nt4'))).toEqual({ max: 10, source: 'edition', note: 'Windows NT 4.0 Workstation accepts 10 inbound sessions.' });
    expect(sessionLimitForVersion(version('2000'))).toEqual({ max: 10, source: 'edition', note: 'Windows 2000 Professional accepts 10 inbound sessions.' });
  });

  it('gives 5 for XP Home, 10 for XP Professional, and says both when the edition is unknown', () => {
    expect(sessionLimitForVersion(version('xp', { editionName: 'Home' }))).toEqual({
      max: 5,
      source: 'edition',
      note: 'Windows XP Home Edition accepts 5 inbound sessions.',
    });
    expect(sessionLimitForVersion(version('xp', { editionName: 'Pro' }))).toEqual({
      max: 10,
      source: 'edition',
      note: 'Windows XP Professional accepts 10 inbound sessions.',
    });
    expect(sessionLimitForVersion(version('xp'))).toEqual({
      max: null,
      source: 'unknown',
      note: 'Windows XP accepts 5 inbound sessions (Home Edition) or 10 (Professional); the edition is not known.',
    });
  });

  it('gives 5 for Vista Home Basic and Starter, 10 for the other Vista editions', () => {
    expect(sessionLimitForVersion(version('vista', { edition: 'HomeBasic', editionName: 'Home Basic' }))).toEqual({
      max: 5,
      source: 'edition',
      note: 'Windows Vista Home Basic accepts 5 inbound sessions.',
    });
    expect(sessionLimitForVersion(version('vista', { edition: 'Starter', editionName: 'Starter' })).max).toBe(5);
    expect(sessionLimitForVersion(version('vista', { edition: 'Business', editionName: 'Business' }))).toEqual({
      max: 10,
      source: 'edition',
      note: 'Windows Vista Business accepts 10 inbound sessions.',
    });
    expect(sessionLimitForVersion(version('vista'))).toMatchObject({ max: null, source: 'unknown' });
  });

  it('gives no cap for server editions', () => {
    const expected = {
      max: null,
      source: 'edition',
      note: 'Server editions have no technical cap on inbound sessions (net config server shows 16777216).',
    };
    expect(sessionLimitForVersion(version('server', { isServer: true }))).toEqual(expected);
    expect(sessionLimitForVersion(version('server-2003', { isServer: true }))).toEqual(expected);
    expect(sessionLimitForVersion(version('2000', { isServer: true }))).toEqual(expected);
  });

  it('does not guess for an unknown version', () => {
    expect(sessionLimitForVersion(version('unknown'))).toEqual({
      max: null,
      source: 'unknown',
      note: 'The Windows version is not known, so neither is its session limit.',
    });
  });
});

describe('autodisconnectFromRegistry', () => {
  it('reads 0xffffffff, which reg.exe prints unsigned, as -1: disabled', () => {
    expect(autodisconnectFromRegistry(0xffffffff)).toEqual({
      setting: -1,
      disabled: true,
      idleMinutes: null,
      note: 'Automatic disconnection is disabled (-1): idle sessions are never dropped and keep their slot.',
    });
    expect(autodisconnectFromRegistry(-1).disabled).toBe(true);
  });

  it('says that 0 does not disable it', () => {
    expect(autodisconnectFromRegistry(0)).toEqual({
      setting: 0,
      disabled: false,
      idleMinutes: 0,
      note: '0 does NOT disable automatic disconnection; only -1 does.',
    });
  });

  it('reads minutes, and the 15-minute default when the value is absent', () => {
    expect(autodisconnectFromRegistry(15)).toEqual({
      setting: 15,
      disabled: false,
      idleMinutes: 15,
      note: 'Idle sessions without open files are dropped after 15 minutes.',
    });
    expect(autodisconnectFromRegistry(null)).toEqual({
      setting: null,
      disabled: false,
      idleMinutes: 15,
      note: 'No valid autodisconnect value: the server uses its default of 15 minutes.',
    });
  });

  it('does not invent a meaning for other negative or impossible values', () => {
    expect(autodisconnectFromRegistry(0xfffffffe)).toEqual({
      setting: -2,
      disabled: false,
      idleMinutes: null,
      note: '-2 is not a documented autodisconnect value.',
    });
    expect(autodisconnectFromRegistry(2 ** 40).setting).toBeNull();
    expect(autodisconnectFromRegistry(Number.NaN).setting).toBeNull();
  });
});
