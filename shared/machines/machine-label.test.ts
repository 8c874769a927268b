import { describe, expect, it } from 'vitest';
import { translatorFor } from '../i18n/translator-for';
import { builtInScenario } from '../simulated-host/scenarios';
import { englishMachineLabel, machineLabel, type MachineDescription } from './machine-label';

const scenario = builtInScenario('xp-home-full')!;

describe('machineLabel', () => {
  it.each<[MachineDescription, string]>([
    [{ kind: 'this-pc' }, 'this PC'],
    [{ kind: 'simulated', scenario }, 'simulated PC "Windows XP Home, all 5 slots used"'],
    [{ kind: 'collected', computerName: 'PRINTHOST' }, 'outputs collected on PRINTHOST'],
    [{ kind: 'collected-folder', directory: 'C:\\outputs' }, 'outputs in C:\\outputs'],
  ])('words %o in English as before', (description, english) => {
    expect(machineLabel(description, translatorFor('en'))).toBe(english);
    expect(englishMachineLabel(description)).toBe(english);
  });

  it('names a demo PC by its title in the reader’s language', () => {
    expect(machineLabel({ kind: 'simulated', scenario }, translatorFor('th'))).toBe('พีซีสาธิต "Windows XP Home ใช้ไปครบทั้ง 5 ช่อง"');
    expect(machineLabel({ kind: 'simulated', scenario }, translatorFor('de'))).toBe('Demo-PC „Windows XP Home, alle 5 Plätze belegt“');
    expect(machineLabel({ kind: 'this-pc' }, translatorFor('de'))).toBe('dieser PC');
  });

  it('keeps a title with ICU-looking characters as it is', () => {
    const own = { title: "Bob's {PC}", description: '' };
    expect(machineLabel({ kind: 'simulated', scenario: own }, translatorFor('en'))).toBe('simulated PC "Bob\'s {PC}"');
  });
});
