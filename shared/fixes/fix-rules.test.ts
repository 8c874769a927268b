import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../diagnosis/diagnose';
import { readingsFromScenario } from '../diagnosis/testing/readings-from-scenario';
import { withRegistryValue, LSA_KEY as HOST_LSA_KEY } from '../simulated-host/host-registry';
import { builtInScenario } from '../simulated-host/scenarios';
import { LSA_KEY, LANMAN_SERVER_KEY, regAddArgs } from './registry-allowlist';
import { changedValues, restoreCommands } from './registry-snapshot';
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
  it('come only from the allowlist', () => {
    expect(regAddArgs('restrictAnonymous', 1)).toEqual(['add', LSA_KEY, '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '1', '/f']);
    expect(() => regAddArgs('restrictAnonymous', 7)).toThrow(/may not be set to 7/);
  });

  it('are put back exactly, for every value type, and removed when they did not exist', () => {
    const before = {
      [LSA_KEY]: [{ name: 'RestrictAnonymous', type: 'REG_DWORD', data: 0 }],
      [LANMAN_SERVER_KEY]: [
        { name: 'NullSessionPipes', type: 'REG_MULTI_SZ', data: ['COMNAP', 'SPOOLSS'] },
        { name: 'srvcomment', type: 'REG_SZ', data: '' },
      ],
    };
    const after = {
      [LSA_KEY]: [{ name: 'restrictanonymous', type: 'REG_DWORD', data: 1 }],
      [LANMAN_SERVER_KEY]: [
        { name: 'NullSessionPipes', type: 'REG_MULTI_SZ', data: [] },
        { name: 'srvcomment', type: 'REG_SZ', data: 'changed' },
        { name: 'NewValue', type: 'REG_DWORD', data: 5 },
      ],
    };
    const { commands, unrestorable } = restoreCommands(changedValues(before, after));
    expect(unrestorable).toEqual([]);
    expect(commands.map((c) => c.args)).toEqual([
      ['add', LSA_KEY, '/v', 'RestrictAnonymous', '/t', 'REG_DWORD', '/d', '0', '/f'],
      ['add', LANMAN_SERVER_KEY, '/v', 'NullSessionPipes', '/t', 'REG_MULTI_SZ', '/d', 'COMNAP\\0SPOOLSS', '/f'],
      ['add', LANMAN_SERVER_KEY, '/v', 'srvcomment', '/t', 'REG_SZ', '/d', '', '/f'],
      ['delete', LANMAN_SERVER_KEY, '/v', 'NewValue', '/f'],
    ]);
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
