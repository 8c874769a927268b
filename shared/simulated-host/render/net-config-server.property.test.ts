import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNetConfigServer } from '../../parsers/net-config-server';
import { netText } from './messages';
import { renderNetConfigServer } from './net-config-server';
import { LANGUAGES, netbiosName, optionalPhrase, phrase, TEXT_UNITS } from './testing/render-arbitraries';

const settings = fc.record({
  comment: optionalPhrase(6),
  softwareVersion: fc.oneof(fc.constantFrom('Windows 10 Pro', 'Windows 2002', 'Windows Server 2008 R2 Enterprise', 'Windows 11 Pro'), phrase(TEXT_UNITS, 4)),
  maxLoggedOnUsers: fc.oneof(fc.constantFrom(5, 10, 20, 16_777_216), fc.nat(16_777_216)),
  maxOpenFilesPerSession: fc.oneof(fc.constant(16_384), fc.nat(1_000_000)),
  autodisconnectMinutes: fc.integer({ min: -1, max: 65_535 }),
  hidden: fc.boolean(),
});

describe('renderNetConfigServer → parseNetConfigServer round trip', () => {
  it('gives back the server name, comment, version, limits and idle time, in English and German (invented labels)', () => {
    fc.assert(
      fc.property(
        netbiosName,
        settings,
        fc.constantFrom(...LANGUAGES),
        fc.array(phrase(TEXT_UNITS, 3), { minLength: 1, maxLength: 3 }),
        (name, s, language, transports) => {
          const text = renderNetConfigServer(name, s, language, { transports });
          expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
          const parsed = parseNetConfigServer(text);
          const words = netText(language);
          expect(parsed).toMatchObject({
            serverName: name,
            serverComment: s.comment,
            softwareVersion: s.softwareVersion,
            transports,
            serverHidden: s.hidden ? words.yes : words.no,
            maxLoggedOnUsers: s.maxLoggedOnUsers,
            maxOpenFilesPerSession: s.maxOpenFilesPerSession,
            idleSessionMinutes: s.autodisconnectMinutes,
            messages: [words.commandCompleted],
            unrecognizedLines: [],
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
