import { describe, expect, it } from 'vitest';
import { clientTypeName } from './client-type-name';

describe('clientTypeName: the Client Type column of net session in a user’s words', () => {
  it.each([
    ['Windows 2002 Serv', 'Windows XP'],
    ['Windows 2002 2600', 'Windows XP'],
    ['Windows 5.1', 'Windows XP'],
    ['Windows 5.0', 'Windows 2000'],
    ['Windows 2000 2195', 'Windows 2000'],
    ['Windows NT 1381', 'Windows NT 4.0'],
    ['Windows 4.0', 'Windows NT 4.0'],
    ['Windows 6.1', 'Windows 7'],
    ['Windows 10.0', 'Windows 10 or 11'],
    ['Windows Server 2003 3790 Service Pack 2', 'Windows Server 2003'],
    ['Windows Server 20', 'Windows Server'],
    ['Windows 7 Profess', 'Windows 7 Professional'],
    ['Windows 7 Ultimat', 'Windows 7 Ultimate'],
    ['Windows 7 Home Pr', 'Windows 7 Home Premium'],
    ['Windows 7 Home Ba', 'Windows 7 Home Basic'],
    ['Windows 7 Starte', 'Windows 7 Starter'],
    ['Windows 7 Ultimate 7601 Service Pack 1', 'Windows 7 Ultimate'],
    ['Windows 8.1 Pro 9', 'Windows 8.1 Pro'],
    ['Windows Vista (TM', 'Windows Vista'],
    ['Windows Vista (TM) Business 6000', 'Windows Vista Business'],
  ])('%s → %s', (raw, name) => {
    expect(clientTypeName(raw)).toBe(name);
  });

  it('keeps what it does not know as it was given, and says nothing for an empty column', () => {
    expect(clientTypeName('Unix')).toBe('Unix');
    expect(clientTypeName('  DOS LM 2.1 ')).toBe('DOS LM 2.1');
    expect(clientTypeName('Windows 7 Foo')).toBe('Windows 7');
    expect(clientTypeName('   ')).toBeNull();
  });
});
