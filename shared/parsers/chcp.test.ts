import { describe, expect, it } from 'vitest';
import { parseChcpOutput } from './chcp';

describe('parseChcpOutput', () => {
  it.each([
    ['Active code page: 437\r\n', 437],
    ['Aktive Codepage: 850.\r\n', 850],
    ['Page de codes active : 850\r\n', 850],
    ['活动代码页: 936\r\n', 936],
    ['現在のコード ページ: 932\r\n', 932],
    ['Active code page: 65001', 65001],
  ])('reads the number from %j', (text, expected) => {
    expect(parseChcpOutput(text)).toBe(expected);
  });

  it.each(['', 'Parameter format not correct - ;', 'code page: 0', '99999999'])('returns null for %j', (text) => {
    expect(parseChcpOutput(text)).toBeNull();
  });
});
