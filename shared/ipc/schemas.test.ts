import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OperationName } from './contract';
import { checkOperationArguments, OPERATION_ARGUMENT_SCHEMAS } from './schemas';

const problemOf = (name: OperationName, args: unknown) => {
  const checked = checkOperationArguments(name, args);
  return checked.ok ? null : checked.problems[0];
};

class PrinterRequest {
  readonly action = 'method-2';
  readonly printers = ['HP'];
}

describe('the IPC argument schemas', () => {
  it.each([
    ['getAppInfo', []],
    ['selectScenario', ['xp-print-host-at-limit']],
    ['runScan', [{ role: 'host' }]],
    ['planFix', [{ action: 'method-1' }]],
    ['planFix', [{ action: 'method-2', printers: ['HP LaserJet', 'x'.repeat(256)] }]],
    ['planFix', [{ action: 'method-2', printers: Array.from({ length: 64 }, (_, i) => `P${i}`) }]],
    ['planFix', [{ action: 'disconnect', computers: ['192.168.1.21'] }]],
    ['planFix', [{ action: 'disconnect', computers: ['192.168.1.21', 'OFFICE2'] }]],
    ['planFix', [{ action: 'close-file', fileId: 805306400 }]],
    ['applyFix', [{ action: 'autodisconnect', minutes: -1 }, 'client']],
    ['undoChange', ['2026-05-04T09-12-33-120Z-method-1', 'unknown']],
    ['undoChange', ['all', 'host']],
    ['runScan', [Object.assign(Object.create(null), { role: 'host' })]],
  ] as const)('accepts %s%j', (name, args) => {
    expect(problemOf(name, args)).toBeNull();
  });

  it('hands over a fresh copy that holds only what the schema describes', () => {
    const request = { action: 'method-2', printers: ['HP'] };
    const checked = checkOperationArguments('planFix', [request]);
    expect(checked.ok && checked.value[0]).toEqual(request);
    expect(checked.ok && checked.value[0]).not.toBe(request);
  });

  describe('refuses, naming the first problem by path', () => {
    // eslint-disable-next-line no-sparse-arrays -- a list with a gap is the input under test
    const sparse = [, 'HP'];
    const withExtra = Object.assign(['HP'], { extra: 1 });
    it.each([
      // sparse arrays and arrays with named extras
      ['a hole in a list', 'planFix', [{ action: 'method-2', printers: sparse }], 'args[0].printers must be a list without gaps or named extras'],
      ['a list with a named extra', 'planFix', [{ action: 'method-2', printers: withExtra }], 'args[0].printers must be a list without gaps'],
      // eslint-disable-next-line no-sparse-arrays -- a list with a gap is the input under test
      ['a hole among the arguments', 'applyFix', [, 'host'], 'args must be a list of arguments without gaps'],
      // extra keys and extra or missing arguments
      ['an extra field', 'runScan', [{ role: 'host', admin: true }], 'args[0].admin is not a known field'],
      ['an extra field in a fix', 'planFix', [{ action: 'method-1', printers: [] }], 'args[0].printers is not a known field'],
      ['an extra argument', 'getAppInfo', ['unexpected'], 'args must hold exactly 0 arguments (it is a list of 1)'],
      ['a missing argument', 'applyFix', [{ action: 'method-1' }], 'args must hold exactly 2 arguments (it is a list of 1)'],
      ['a missing field', 'planFix', [{ action: 'disconnect' }], 'args[0].computers is missing'],
      // wrong types
      ['a number for a name', 'planFix', [{ action: 'disconnect', computers: [42] }], 'args[0].computers[0] must be text (it is 42)'],
      ['one computer where a list belongs', 'planFix', [{ action: 'disconnect', computer: 'OFFICE2' }], 'args[0].computers is missing'],
      [
        'an unknown action',
        'planFix',
        [{ action: 'format-c' }],
        'args[0].action must be one of "method-1", "method-2", "disconnect", "close-file", "autodisconnect", "start-server" (it is "format-c")',
      ],
      ['an unknown role', 'runScan', [{ role: 'admin' }], 'args[0].role must be one of "host", "client", "unknown" (it is "admin")'],
      ['a fraction of a minute', 'planFix', [{ action: 'autodisconnect', minutes: 1.5 }], 'args[0].minutes must be a whole number (it is 1.5)'],
      ['a negative file id', 'planFix', [{ action: 'close-file', fileId: -1 }], 'args[0].fileId must be at least 0 (it is -1)'],
      ['an unsafe file id', 'planFix', [{ action: 'close-file', fileId: 2 ** 60 }], 'args[0].fileId must be a whole number'],
      ['a string for a request', 'runScan', ['host'], 'args[0] must be an object (it is "host")'],
      ['a list for a request', 'runScan', [['host']], 'args[0] must be an object (it is a list of 1)'],
      ['null for the arguments', 'getAppInfo', null, 'args must be a list of arguments without gaps (it is null)'],
      // over-long strings and lists
      [
        'a long printer name',
        'planFix',
        [{ action: 'method-2', printers: ['x'.repeat(257)] }],
        'args[0].printers[0] must have at most 256 characters (it is "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (257 characters))',
      ],
      [
        '65 printers',
        'planFix',
        [{ action: 'method-2', printers: Array.from({ length: 65 }, () => 'P') }],
        'args[0].printers must have at most 64 entries (it is a list of 65)',
      ],
      ['a long computer name', 'planFix', [{ action: 'disconnect', computers: ['c'.repeat(257)] }], 'args[0].computers[0] must have at most 256 characters'],
      [
        '65 computers',
        'planFix',
        [{ action: 'disconnect', computers: Array.from({ length: 65 }, () => 'PC') }],
        'args[0].computers must have at most 64 entries (it is a list of 65)',
      ],
      ['a scenario id with capitals', 'selectScenario', ['XP'], 'args[0] must be a scenario id: 1 to 80 lower-case letters, digits and dashes (it is "XP")'],
      ['a long scenario id', 'selectScenario', ['a'.repeat(81)], 'args[0] must be a scenario id'],
      ['a poll every second', 'startMonitor', [{ intervalSeconds: 1, resume: false }], 'args[0].intervalSeconds must be at least 2 (it is 1)'],
      ['a poll every two minutes', 'setMonitorInterval', [120], 'args[0] must be at most 60 (it is 120)'],
      ['a poll every 2.5 seconds', 'setMonitorInterval', [2.5], 'args[0] must be a whole number (it is 2.5)'],
      ['a watch without saying whether it resumes', 'startMonitor', [{ intervalSeconds: 5 }], 'args[0].resume is missing'],
      [
        'a path for an entry id',
        'undoChange',
        ['../../journal', 'host'],
        'args[0] must be the id of a change, as the journal lists it, or all (it is "../../journal")',
      ],
      // objects that are not plain data
      ['a class instance', 'planFix', [new PrinterRequest()], 'args[0] must be a plain object, not an instance of a class'],
      ['an object that inherits its fields', 'runScan', [Object.create({ role: 'host' })], 'args[0] must be a plain object, not an instance of a class'],
      ['a Date', 'runScan', [new Date(0)], 'args[0] must be a plain object, not an instance of a class'],
      ['a __proto__ key', 'runScan', [JSON.parse('{"role":"host","__proto__":{"admin":true}}')], 'args[0] must not have a field named __proto__'],
      ['a constructor key', 'planFix', [{ action: 'method-1', constructor: { prototype: {} } }], 'args[0] must not have a field named constructor'],
    ] as const)('%s', (_what, name, args, message) => {
      expect(problemOf(name, args)).toContain(message);
    });
  });

  it('echoes no more than a short, escaped preview of a value', () => {
    const problem = problemOf('planFix', [{ action: `\u001b[31m\u0007${'x'.repeat(1_000_000)}` }])!;
    expect(problem.length).toBeLessThan(300);
    expect(problem).toContain('\\u001b[31m\\u0007');
    // eslint-disable-next-line no-control-regex -- matching control characters is what this pattern is for
    expect(problem).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });

  it('has a schema for every operation, and never throws whatever it is given', () => {
    const names = Object.keys(OPERATION_ARGUMENT_SCHEMAS) as OperationName[];
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.anything({ withSparseArray: true, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true }),
        (name, args) => {
          const checked = checkOperationArguments(name, args);
          if (!checked.ok) expect(checked.problems[0]).toMatch(/^args/);
        },
      ),
    );
  });
});
