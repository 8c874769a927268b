import { describe, expect, it } from 'vitest';
import { BusyError, WorkLock, type PollHold } from './work-lock';

const held = (hold: ReturnType<WorkLock['tryPoll']>): PollHold => {
  if ('busy' in hold) throw new Error(`expected the poll to get the lock, but ${hold.busy} holds it`);
  return hold;
};

describe('the work lock', () => {
  it('runs one piece of work at a time and refuses the next at once', async () => {
    const lock = new WorkLock();
    let finish!: () => void;
    const scan = lock.run('scan', () => new Promise<void>((resolve) => (finish = resolve)));
    await expect(lock.run('change', () => Promise.resolve())).rejects.toEqual(new BusyError('change', 'scan'));
    expect(() => lock.acquire('switch')).toThrow(BusyError);
    finish();
    await scan;
    expect(lock.running()).toBeNull();
  });

  it('skips a poll while other work runs, and a second poll while one runs', async () => {
    const lock = new WorkLock();
    const release = lock.acquire('change');
    expect(lock.tryPoll()).toEqual({ busy: 'change' });
    release();
    const poll = held(lock.tryPoll());
    expect(lock.tryPoll()).toEqual({ busy: 'poll' });
    poll.release();
    held(lock.tryPoll()).release();
  });

  it('a change stops a running poll and starts only once the poll has ended: they never overlap', async () => {
    const lock = new WorkLock();
    const poll = held(lock.tryPoll());
    const events: string[] = [];
    poll.signal.addEventListener('abort', () => events.push('poll asked to stop'));
    const change = lock.run('change', () => {
      events.push('change runs');
      return Promise.resolve('done');
    });
    await Promise.resolve();
    expect(events).toEqual(['poll asked to stop']);
    expect(poll.stoppedFor()).toBe('change');
    events.push('poll ended');
    poll.release();
    await expect(change).resolves.toBe('done');
    expect(events).toEqual(['poll asked to stop', 'poll ended', 'change runs']);
  });

  it('work refused as busy does not stop a poll for nothing; a switch takes over a poll at once', () => {
    const lock = new WorkLock();
    const poll = held(lock.tryPoll());
    const release = lock.acquire('switch');
    expect(poll.signal.aborted).toBe(true);
    expect(poll.stoppedFor()).toBe('switch');
    expect(lock.running()).toBe('switch');
    poll.release();
    expect(lock.running()).toBe('switch');
    release();
    expect('busy' in lock.tryPoll()).toBe(false);
  });

  it('of two pieces of work waiting for a poll, one runs and the other is refused', async () => {
    const lock = new WorkLock();
    const poll = held(lock.tryPoll());
    let finish!: () => void;
    const scan = lock.run('scan', () => new Promise<void>((resolve) => (finish = resolve)));
    const change = lock.run('change', () => Promise.resolve());
    poll.release();
    await expect(change).rejects.toBeInstanceOf(BusyError);
    finish();
    await scan;
  });
});
