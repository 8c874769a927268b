import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetShare } from './net-share';
import { consoleTextArbitrary } from './testing/console-text-arbitrary';
import en_19 from '../fixtures/windows-outputs/net-share__unknown__en__19.txt?raw';
import winserver_05 from '../fixtures/windows-outputs/net-share__winserver__en__05.txt?raw';
import zh_09 from '../fixtures/windows-outputs/net-share__unknown__zh-CN__09.txt?raw';
import pt_23 from '../fixtures/windows-outputs/net-share__docs-sample__pt-PT__23.txt?raw';
import printers from '../fixtures/documented-layout/net-share__documented__en__01.txt?raw';

const samples = [en_19, winserver_05, zh_09, pt_23, printers];

describe('parseNetShare on arbitrary input', () => {
  it('never throws, and every share it returns is well-formed', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetShare(text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        for (const share of result.shares) {
          expect(share.name.length).toBeGreaterThan(0);
          for (const field of [share.name, share.resource, share.remark]) expect(field).toBe(field.trim());
          expect(typeof share.isPrinter).toBe('boolean');
          expect(share.lineNumbers[0]).toBe(share.lineNumber);
          expect(share.lineNumbers.length).toBeLessThanOrEqual(3);
          for (const lineNumber of share.lineNumbers) expect(lineNumber).toBeLessThanOrEqual(lineCount);
        }
        for (const line of result.unrecognizedLines) expect(line.lineNumber).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });

  it('places every non-blank line under the rule exactly once: in a share, a message or an unrecognized line', () => {
    fc.assert(
      fc.property(consoleTextArbitrary(samples), (text) => {
        const result = parseNetShare(text);
        const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/);
        const rule = lines.findIndex((line) => /^-{20,}$/.test(line.trim()));
        if (rule < 0) return;
        const nonBlankBelowRule = lines.slice(rule + 1).filter((line) => line.trim() !== '').length;
        const shareLines = result.shares.flatMap((share) => share.lineNumbers);
        expect(new Set([...shareLines, ...result.unrecognizedLines.map((line) => line.lineNumber)]).size).toBe(
          shareLines.length + result.unrecognizedLines.length,
        );
        expect(shareLines.length + result.messages.length + result.unrecognizedLines.length).toBe(nonBlankBelowRule);
      }),
      { numRuns: 300 },
    );
  });
});
