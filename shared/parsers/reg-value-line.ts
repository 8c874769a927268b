/**
 * A value line of `reg query`: indentation, name, separator, type, separator, data.
 *   Vista and later:  "    LimitBlankPasswordUse    REG_DWORD    0x1"   (4 spaces everywhere)
 *   XP (reg 3.0):     "    restrictanonymous<TAB>REG_DWORD<TAB>0x0"      (4 spaces, then TABs)
 *   empty data:       "    RegisteredOrganization    REG_SZ    " (the trailing separator may be cut)
 * The name may contain spaces ("Security Packages"), so the first REG_ type word preceded by a TAB or
 * by two or more spaces ends it. Published samples expand the TABs into runs of spaces
 * ("    DevicePath  REG_EXPAND_SZ   %SystemRoot%\inf"), hence "two or more".
 *
 * The parts are exactly the groups of
 *   /^[ \t]*(.*?)(?: {2,}|\t)(REG_[A-Z0-9_]+)(?:([ \t]+)(.*))?$/
 * found by a scan that reads the line once: that expression tries every position of a long run of
 * spaces against the rest of the run, which takes time quadratic in the run's length.
 */
export interface ValueLineParts {
  readonly name: string;
  readonly type: string;
  /** The spaces and TABs between the type and the data; "" when the line ends at the type. */
  readonly separator: string;
  readonly rest: string;
}

const SPACE = 32;
const TAB = 9;

export function matchValueLine(text: string): ValueLineParts | null {
  // Every part but the indentation, separators and type is "any character but a line terminator".
  if (hasLineTerminator(text)) return null;
  let indent = 0;
  while (isSpaceOrTab(text.charCodeAt(indent))) indent++;
  // The name is the shortest text before a separator, so the first type whose separator can start
  // at or after the indentation wins. A separator inside the indentation (a line that starts with its
  // type) is the pattern's last resort: it is taken only when no later type has one, and leaves the
  // name empty.
  let lastResort: ValueLineParts | null = null;
  for (let type = text.indexOf('REG_'); type !== -1; type = text.indexOf('REG_', type + 1)) {
    // The positions the separator can start at: the TAB right before the type, or any position of
    // the spaces before it that leaves at least two. Checked before the type word is read, so that
    // only words after a separator are read, and each character at most twice.
    let firstStart: number;
    let lastStart: number;
    if (type > 0 && text.charCodeAt(type - 1) === TAB) {
      firstStart = lastStart = type - 1;
    } else {
      let runStart = type;
      while (runStart > 0 && text.charCodeAt(runStart - 1) === SPACE) runStart--;
      if (type - runStart < 2) continue;
      firstStart = runStart;
      lastStart = type - 2;
    }
    const typeEnd = typeWordEnd(text, type);
    if (typeEnd < 0) continue;
    if (lastStart >= indent) return parts(text, indent, firstStart, type, typeEnd);
    lastResort ??= parts(text, lastStart, lastStart, type, typeEnd);
  }
  return lastResort;
}

/**
 * The end of the type word "REG_…" at `type` ([A-Z0-9_] after "REG_"), or -1 when it is not one that
 * ends the line or is followed by a space or TAB.
 */
function typeWordEnd(text: string, type: number): number {
  let end = type + 4;
  while (end < text.length && isTypeCharacter(text.charCodeAt(end))) end++;
  if (end === type + 4) return -1;
  if (end < text.length && !isSpaceOrTab(text.charCodeAt(end))) return -1;
  return end;
}

function parts(text: string, nameStart: number, separatorStart: number, type: number, typeEnd: number): ValueLineParts {
  let dataStart = typeEnd;
  while (isSpaceOrTab(text.charCodeAt(dataStart))) dataStart++;
  return {
    name: text.slice(nameStart, separatorStart),
    type: text.slice(type, typeEnd),
    separator: text.slice(typeEnd, dataStart),
    rest: text.slice(dataStart),
  };
}

function hasLineTerminator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13 || code === 0x2028 || code === 0x2029) return true;
  }
  return false;
}

const isSpaceOrTab = (code: number) => code === SPACE || code === TAB;
const isTypeCharacter = (code: number) => (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
