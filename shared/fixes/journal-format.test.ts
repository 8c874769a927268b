import { describe, expect, it } from 'vitest';
import { checkJournal, JOURNAL_FORMAT, stepCount, type ChangeFacts } from './journal-format';
import { changeSummary, requestOf, stepMessages } from './journal-entry';

const journalWith = (change: unknown) => ({
  format: JOURNAL_FORMAT,
  version: 1,
  entries: [
    {
      id: '2026-05-04T09-12-33-120Z-disconnect',
      status: 'applied',
      startedAt: '2026-05-04T09:12:33.120Z',
      finishedAt: '2026-05-04T09:12:35.410Z',
      change,
      backupFiles: [],
      steps: [],
      problem: null,
      undoneAt: null,
    },
  ],
});

const one = { computer: 'OFFICE2', idleMinutesBefore: 42, openFiles: [{ id: 7, path: '\\PIPE\\spoolss', user: '' }] };
const two = { computer: '192.168.1.23', idleMinutesBefore: 95, openFiles: [] };

describe('a disconnect in journal format 1', () => {
  it('records several computers, one step each, and reads back the request and words', () => {
    const change = { action: 'disconnect', computers: [one, two] } as const;
    const checked = checkJournal(journalWith(change));
    expect(checked).toMatchObject({ ok: true });
    const read = (checked as { journal: { entries: { change: ChangeFacts }[] } }).journal.entries[0]!.change;
    expect(stepCount(read)).toBe(2);
    expect(requestOf(read)).toEqual({ action: 'disconnect', computers: ['OFFICE2', '192.168.1.23'] });
    expect(changeSummary(read)).toEqual({ key: 'plan.summary.disconnect', params: { computers: 'OFFICE2, 192.168.1.23', count: 2 } });
    expect(stepMessages(read).map((message) => message.params)).toEqual([{ computer: 'OFFICE2' }, { computer: '192.168.1.23' }]);
  });

  it('still reads the shape of one computer beside the action, as it was first written', () => {
    const checked = checkJournal(journalWith({ action: 'disconnect', ...one }));
    expect(checked).toMatchObject({ ok: true, journal: { entries: [{ change: { action: 'disconnect', computer: 'OFFICE2' } }] } });
    const read = (checked as { journal: { entries: { change: ChangeFacts }[] } }).journal.entries[0]!.change;
    expect(requestOf(read)).toEqual({ action: 'disconnect', computers: ['OFFICE2'] });
    expect(stepCount(read)).toBe(1);
  });

  it.each([
    [
      'a bad name in the first shape, by its own field',
      { action: 'disconnect', ...one, computer: 'PC & del' },
      /field change\.computer: .*computer name check/,
    ],
    [
      'a bad name in the list',
      { action: 'disconnect', computers: [one, { ...two, computer: '..\\x' }] },
      /field change\.computers\[1\]\.computer: .*computer name check/,
    ],
    [
      'the same computer twice',
      { action: 'disconnect', computers: [one, { ...one, computer: '\\\\office2' }] },
      /field change\.computers: names the same computer twice/,
    ],
    ['no computer', { action: 'disconnect', computers: [] }, /field change\.computers: /],
    ['both shapes at once', { action: 'disconnect', ...one, computers: [two] }, /^entry 1 .*field change\./],
  ])('is damaged with %s', (_what, change, reason) => {
    const checked = checkJournal(journalWith(change));
    expect(checked.ok).toBe(false);
    expect((checked as { reason: string }).reason).toMatch(reason);
  });
});
