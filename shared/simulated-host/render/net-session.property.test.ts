import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetSession } from '../../parsers/net-session';
import { parseNetSessionDetail } from '../../parsers/net-session-detail';
import { truncateCells } from './console-text';
import { netText } from './messages';
import { renderNetSession, renderNetSessionDetail } from './net-session';
import { ipv4, ipv6, LANGUAGES, netbiosName, optionalPhrase, phrase, TEXT_UNITS } from './testing/render-arbitraries';

const computer = fc.oneof(
  ipv4,
  netbiosName,
  ipv6.map((address) => `[${address}]`),
  fc.constant('[::1]'),
);
const session = fc.record({
  computer,
  user: optionalPhrase(3, 12),
  clientType: fc.oneof(fc.constant(''), fc.constantFrom('posix', 'Windows 2002 Service Pack 3 2600', 'Windows 7 Professional 7601'), phrase(TEXT_UNITS, 3)),
  opens: fc.nat(99_999),
  idleSeconds: fc.nat(400 * 86_400),
});

/** What net.exe's columns keep of a value: cut to its cells; the parser trims what padding is left. */
const kept = (text: string, cells: number): string => truncateCells(text, cells).trimEnd();
/** The days form has no seconds. */
const shownIdle = (seconds: number): number => (seconds < 86_400 ? seconds : seconds - (seconds % 60));

describe('renderNetSession → parseNetSession round trip', () => {
  it('gives back every session, in order, as far as net.exe’s columns keep it', () => {
    fc.assert(
      fc.property(fc.array(session, { maxLength: 12 }), fc.constantFrom(...LANGUAGES), (sessions, language) => {
        const text = renderNetSession(sessions, language);
        expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
        const parsed = parseNetSession(text);
        expect(parsed.sessions.map(({ computer, user, clientType, opens, idleSeconds }) => ({ computer, user, clientType, opens, idleSeconds }))).toEqual(
          sessions.map((s) => ({
            computer: s.computer,
            user: kept(s.user, 20),
            clientType: kept(s.clientType, 17),
            opens: s.opens,
            idleSeconds: shownIdle(s.idleSeconds),
          })),
        );
        const words = netText(language);
        expect(parsed.messages).toEqual([sessions.length === 0 ? words.noEntries : words.commandCompleted]);
        expect(parsed.unrecognizedLines).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });
});

const shareRow = fc.record({
  name: phrase([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789$-_', ...'默认共享'], 2, 8),
  type: fc.constantFrom('Disk', 'IPC', 'Print', 'Comm'),
  opens: fc.nat(99_999),
});

describe('renderNetSessionDetail → parseNetSessionDetail round trip', () => {
  it('gives back the session and its connections, in English and in German (whose labels the parser does not know)', () => {
    fc.assert(
      fc.property(
        fc.record({
          computer: fc.oneof(ipv4, netbiosName),
          user: optionalPhrase(2, 12),
          clientType: fc.oneof(fc.constant(''), phrase(TEXT_UNITS, 5)),
          idleSeconds: fc.nat(40 * 86_400),
          sessionSeconds: fc.nat(900 * 3600),
          guestLogon: fc.boolean(),
        }),
        fc.array(shareRow, { maxLength: 6 }),
        fc.constantFrom(...LANGUAGES),
        (detail, shares, language) => {
          const text = renderNetSessionDetail(detail, shares, language);
          const parsed = parseNetSessionDetail(text);
          expect(parsed.session).toMatchObject({
            user: detail.user,
            computer: detail.computer,
            guestLogon: detail.guestLogon,
            clientType: kept(detail.clientType, 40),
            sessionSeconds: detail.sessionSeconds,
            idleSeconds: shownIdle(detail.idleSeconds),
          });
          expect(parsed.shares.map(({ name, type, opens }) => ({ name, type, opens }))).toEqual(
            shares.map((share) => ({ name: kept(share.name, 14), type: share.type, opens: share.opens })),
          );
          expect(parsed.messages).toEqual([netText(language).commandCompleted]);
          expect(parsed.unrecognizedLines).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
  });
});
