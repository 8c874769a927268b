/**
 * `chcp` prints the console's active code page in the display language:
 *   Active code page: 850          (English)
 *   Aktive Codepage: 850.          (German, with a full stop)
 *   活动代码页: 936                 (Chinese)
 * Only the number is language-independent, so only the number is read: the last run of digits.
 */
export function parseChcpOutput(text: string): number | null {
  const numbers = text.match(/\d+/g);
  if (!numbers) return null;
  const codePage = Number(numbers[numbers.length - 1]);
  return Number.isInteger(codePage) && codePage >= 37 && codePage <= 65535 ? codePage : null;
}
