import { describe, expect, it } from 'vitest';
import { editDistance, nearestName } from './nearest-name';

describe('the nearest known name, for "did you mean"', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours', () => {
    expect(editDistance('diagnose', 'diagnose')).toBe(0);
    expect(editDistance('daignose', 'diagnose')).toBe(1);
    expect(editDistance('plan', 'pla')).toBe(1);
    expect(editDistance('scenaro', 'scenario')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('suggests only a name close enough to be a typo of it', () => {
    const commands = ['diagnose', 'collect', 'plan', 'apply', 'undo', 'changes', 'report', 'parse', 'serve'];
    expect(nearestName('daignose', commands)).toBe('diagnose');
    expect(nearestName('APLY', commands)).toBe('apply');
    expect(nearestName('nope', commands)).toBeNull();
    expect(nearestName('x', commands)).toBeNull();
    expect(nearestName('a'.repeat(10_000), commands)).toBeNull();
    expect(nearestName('anything', [])).toBeNull();
  });
});
