/**
 * Idle times as net.exe prints them. Two forms are known from captures:
 *   00:01:57        hours:minutes:seconds (hours may exceed 24 on some versions)
 *   05D 22H 02M     days, hours, minutes once a session has been idle for a day or more
 * The unit letters of the second form may be translated, so any letters are accepted there.
 */
const CLOCK_FORM = /^(\d{1,5}):(\d{2}):(\d{2})$/;
const DAYS_FORM = /^(\d{1,5})\s*\p{L}{1,3}\.?\s+(\d{1,2})\s*\p{L}{1,3}\.?\s+(\d{1,2})\s*\p{L}{1,3}\.?$/u;

/** Seconds, or null when the text is not an idle time in either known form. */
export function parseIdleTime(text: string): number | null {
  const trimmed = text.trim();
  const clock = CLOCK_FORM.exec(trimmed);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3])];
    if (minutes > 59 || seconds > 59) return null;
    return hours * 3600 + minutes * 60 + seconds;
  }
  const days = DAYS_FORM.exec(trimmed);
  if (days) {
    const [d, h, m] = [Number(days[1]), Number(days[2]), Number(days[3])];
    if (h > 23 || m > 59) return null;
    return d * 86400 + h * 3600 + m * 60;
  }
  return null;
}
