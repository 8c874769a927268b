import { describe, expect, it, vi } from 'vitest';
import type { ApiHandlers } from '../../../shared/ipc/contract';
import { dispatchCall } from './dispatch-call';

/** Handlers that record their calls: a refused call must reach none of them. */
function recordingHandlers() {
  const calls: { name: string; args: unknown[] }[] = [];
  const handler = (name: string) => vi.fn((...args: unknown[]) => (calls.push({ name, args }), 'done'));
  const names = ['getAppInfo', 'selectScenario', 'runScan', 'cancelScan', 'planFix', 'applyFix', 'listChanges', 'undoChange', 'restartElevated'];
  return { calls, handlers: Object.fromEntries(names.map((name) => [name, handler(name)])) as unknown as ApiHandlers };
}

describe('dispatchCall', () => {
  it('runs the handler with the checked copy of the arguments', async () => {
    const { calls, handlers } = recordingHandlers();
    const request = { action: 'method-2', printers: ['HP'] };
    await expect(dispatchCall(handlers, 'planFix', [request])).resolves.toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([{ name: 'planFix', args: [request] }]);
    expect(calls[0]!.args[0]).not.toBe(request);
  });

  it.each([
    // eslint-disable-next-line no-sparse-arrays -- a list with a gap is the input under test
    ['a sparse list', 'planFix', [{ action: 'method-2', printers: [, 'HP'] }], 'Invalid arguments for planFix: args[0].printers must be a list without gaps'],
    ['an extra key', 'runScan', [{ role: 'host', elevated: true }], 'Invalid arguments for runScan: args[0].elevated is not a known field'],
    ['a wrong type', 'undoChange', [42, 'host'], 'Invalid arguments for undoChange: args[0] must be text (it is 42)'],
    [
      'an over-long string',
      'planFix',
      [{ action: 'disconnect', computers: ['x'.repeat(100_000)] }],
      'Invalid arguments for planFix: args[0].computers[0] must have at most 256 characters',
    ],
    [
      'a class instance',
      'runScan',
      [
        new (class Request {
          role = 'host';
        })(),
      ],
      'Invalid arguments for runScan: args[0] must be a plain object, not an instance of a class',
    ],
    [
      'a __proto__ key',
      'planFix',
      [JSON.parse('{"__proto__":{"action":"method-1"}}')],
      'Invalid arguments for planFix: args[0] must not have a field named __proto__',
    ],
    ['a constructor key', 'runScan', [{ role: 'host', constructor: 1 }], 'Invalid arguments for runScan: args[0] must not have a field named constructor'],
    ['too many arguments', 'cancelScan', [true], 'Invalid arguments for cancelScan: args must hold exactly 0 arguments'],
  ])('refuses %s with the invalid-arguments envelope, before any handler runs', async (_what, name, args, message) => {
    const { calls, handlers } = recordingHandlers();
    const envelope = await dispatchCall(handlers, name, args);
    expect(envelope).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(envelope.ok === false && envelope.error.message).toContain(message);
    expect(envelope.ok === false && envelope.error.message.length).toBeLessThan(300);
    expect(calls).toEqual([]);
  });

  it('names an unknown operation without echoing it raw', async () => {
    const { handlers } = recordingHandlers();
    const envelope = await dispatchCall(handlers, `\u001b]0;owned\u0007${'x'.repeat(10_000)}`, []);
    expect(envelope.ok === false && envelope.error.code).toBe('invalid-arguments');
    expect(envelope.ok === false && envelope.error.message).toMatch(/^Unknown operation "\\u001b\]0;owned\\u0007x+"… \(10010 characters\)$/);
    expect(await dispatchCall(handlers, 'constructor', [])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
    expect(await dispatchCall(handlers, '__proto__', [])).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } });
  });
});
