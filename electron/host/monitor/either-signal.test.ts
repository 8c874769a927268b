import { describe, expect, it } from 'vitest';
import { eitherSignal } from './either-signal';

describe('eitherSignal', () => {
  it('aborts when either source aborts, with that source’s reason', () => {
    const first = new AbortController();
    const second = new AbortController();
    const linked = eitherSignal(first.signal, second.signal);
    expect(linked.signal.aborted).toBe(false);
    second.abort('stopped');
    expect(linked.signal.aborted).toBe(true);
    expect(linked.signal.reason).toBe('stopped');
  });

  it('is aborted at once when a source already is', () => {
    const first = new AbortController();
    first.abort('work');
    expect(eitherSignal(first.signal, new AbortController().signal).signal.reason).toBe('work');
  });

  it('after release, a source’s abort no longer reaches it', () => {
    const first = new AbortController();
    const second = new AbortController();
    const linked = eitherSignal(first.signal, second.signal);
    linked.release();
    first.abort();
    second.abort();
    expect(linked.signal.aborted).toBe(false);
  });
});
