import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { readingsFromScenario } from '../diagnosis/testing/readings-from-scenario';
import { withRegistryValue, LSA_KEY as HOST_LSA_KEY } from '../simulated-host/host-registry';
import { builtInScenario } from '../simulated-host/scenarios';
import { LANMAN_SERVER_PARAMETERS_KEY, LSA_KEY } from '../windows/registry-keys';
import { allowedDataWords, allowedValueAt, deleteValueCommand, isAllowedData, setValueCommand } from './registry-allowlist';
import { computerNameProblem, printerNameProblem } from './validate-names';
import { verifyFix } from './verify-fix';

describe('names that reach a command', () => {
  it.each([
    ['HP LaserJet 4', null],
    ['Brother HL-L2350DW series (USB)', null],
    ['Canon "x"', 'shell-character'],
    ['a & b', 'shell-character'],
    ['$(evil)', 'shell-character'],
    ['x`y', 'shell-character'],
    ['..\\..\\Windows', 'path'],
    ['a,b', 'path'],
    ['-n', 'option-like'],
    ['/x', 'path'],
    ['', 'empty'],
    ['a\u0000b', 'control-character'],
  ])('printer %j → %s', (name, problem) => {
    expect(printerNameProblem(name)).toBe(problem);
  });

  it.each([
    ['OFFICE-PC', null],
    ['\\\\OFFICE-PC', null],
    ['192.168.1.20', null],
    ['[fe80::1%9]', null],
    ['PC & del', 'shell-character'],
    ['PC;calc', 'shell-character'],
    ['a b', 'shell-character'],
    ['..\\x', 'path'],
    ['-delete', 'option-like'],
    ['\\\\', 'empty'],
  ])('computer %j → %s', (name, problem) => {
    expect(computerNameProblem(name)).toBe(problem);
  });

  it('refuses every name with a character a shell or PowerShell would act on', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...'"\'`$;&|<>^%*?!'), fc.string(), (a, bad, b) => {
        const name = `${a}${bad}${b}`;
        expect(printerNameProblem(name)).not.toBeNull();
        // An IPv6 address with a zone id ("[fe80::1%9]") is the one place a % is allowed.
        if (!/^(\\\\)?\[[0-9A-Fa-f:.]+%[0-9A-Za-z]+\]$/.test(name)) expect(computerNameProblem(name)).not.toBeNull();
      }),
    );
  });
});

describe('registry writes', () => {
  it('come only from the allowlist, with the data it allows', () => {
    expect(setValueCommand('restrictAnonymous', 1).args).toEqual(['add', LSA_KEY, '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '1', '/f']);
    expect(deleteValueCommand('restrictNullSessAccess').args).toEqual(['delete', LANMAN_SERVER_PARAMETERS_KEY, '/v', 'RestrictNullSessAccess', '/f']);
    expect(() => setValueCommand('restrictAnonymous', 7)).toThrow(/may not be set to 7/);
    expect(() => setValueCommand('restrictAnonymousSam', 2)).toThrow(/may not be set to 2/);
  });

  it('name a value by key and name in either spelling of the key and any case of the name', () => {
    expect(allowedValueAt('HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\Lsa', 'restrictanonymous')).toBe('restrictAnonymous');
    expect(allowedValueAt(LANMAN_SERVER_PARAMETERS_KEY, 'AutoDisconnect')).toBe('autodisconnect');
    expect(allowedValueAt('HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run', 'RestrictAnonymous')).toBeNull();
    expect(allowedValueAt(LSA_KEY, 'LimitBlankPasswordUse')).toBeNull();
  });

  it('allow the idle time net config server stores for "never", and nothing else beyond 65535', () => {
    expect(isAllowedData('autodisconnect', 0xffffffff)).toBe(true);
    expect(isAllowedData('autodisconnect', 65536)).toBe(false);
    expect(allowedDataWords('autodisconnect')).toBe('0-65535 or 4294967295');
  });
});

describe('verifying a fix from the scans before and after', () => {
  const host = builtInScenario('xp-print-host-at-limit')!;
  const before = diagnose(readingsFromScenario(host), { role: 'host' });

  it('Method 1: the setting is gone, the anonymous connections stay, Method 2 comes next', () => {
    const after = diagnose(readingsFromScenario(withRegistryValue(host, HOST_LSA_KEY, 'restrictanonymous', { type: 'REG_DWORD', data: 1 })), { role: 'host' });
    const verification = verifyFix('method-1', before, after);
    expect(verification).toMatchObject({ sessionsBefore: 10, sessionsAfter: 10, nullBefore: 4, nullAfter: 4, helped: true, resolved: false });
    expect(verification.findings).toEqual([
      { id: 'null-sessions', before: true, after: true },
      { id: 'restrict-anonymous-off', before: true, after: false },
      { id: 'spoolss-held', before: true, after: true },
    ]);
    expect(verification.nextAction?.id).toBe('method-2');
  });

  it('a change that made no difference is said plainly', () => {
    const verification = verifyFix('method-1', before, before);
    expect(verification).toMatchObject({ helped: false, resolved: false });
  });
});
