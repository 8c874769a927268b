import { describe, expect, it } from 'vitest';
import { isLearnMoreUrl, LEARN_MORE_LINKS } from './learn-more-links';
import { isMessageKey } from '../i18n/translate';

describe('learn-more links', () => {
  it('are Microsoft addresses over https, each named in the catalog', () => {
    for (const [id, url] of Object.entries(LEARN_MORE_LINKS)) {
      expect(new URL(url).protocol).toBe('https:');
      expect(['support.microsoft.com', 'learn.microsoft.com']).toContain(new URL(url).hostname);
      expect(isMessageKey(`learnMore.${id}`), id).toBe(true);
    }
  });

  it('allow exactly the listed addresses: no look-alike, no other path, no other scheme', () => {
    expect(isLearnMoreUrl('https://support.microsoft.com/kb/328459')).toBe(true);
    for (const url of [
      'https://support.microsoft.com/kb/328459/../../evil',
      'https://support.microsoft.com/kb/328459?x=1',
      'http://support.microsoft.com/kb/328459',
      'https://support.microsoft.com.evil.example/kb/328459',
      'https://support.microsoft.com/kb/1',
      'javascript:alert(1)',
      'file:///C:/Windows/System32/cmd.exe',
      '',
    ])
      expect(isLearnMoreUrl(url), url).toBe(false);
  });
});
