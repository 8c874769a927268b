/**
 * The Windows a client runs, from the "Client Type" column of `net session`. That column holds the
 * client's own description of its system, cut to 17 characters ("Windows 2002 Serv" is the start of
 * "Windows 2002 Service Pack 3 2600", which is how Windows XP describes itself), or an internal version
 * number ("Windows 5.1"); SMB2 and later clients leave it empty. Product names are not translated, so
 * they live here rather than in the message catalog.
 */

/** Internal version numbers as Windows reports them (NT 4.0 = 4.0, 2000 = 5.0, XP = 5.1, …). */
const BY_VERSION_NUMBER: Readonly<Record<string, string>> = {
  '4.0': 'Windows NT 4.0',
  '5.0': 'Windows 2000',
  '5.1': 'Windows XP',
  '5.2': 'Windows Server 2003 or Windows XP x64',
  '6.0': 'Windows Vista',
  '6.1': 'Windows 7',
  '6.2': 'Windows 8',
  '6.3': 'Windows 8.1',
  '10.0': 'Windows 10 or 11',
};

/** Names whose own words do not say which Windows it is: the year-named releases and NT 4.0's build. */
const BY_PREFIX: readonly (readonly [RegExp, string])[] = [
  [/^Windows 2002\b/i, 'Windows XP'],
  [/^Windows 2000\b/i, 'Windows 2000'],
  [/^Windows NT 1381\b/i, 'Windows NT 4.0'],
  [/^Windows Server 2003\b/i, 'Windows Server 2003'],
  [/^Windows Server 2008\b/i, 'Windows Server 2008'],
  [/^Windows Server\b/i, 'Windows Server'],
];

/** Editions, longest first so that "Home Pr" is read as Home Premium before Home alone. */
const EDITIONS = ['Home Premium', 'Home Basic', 'Professional', 'Enterprise', 'Ultimate', 'Business', 'Education', 'Starter', 'Home', 'Pro'];

const NAMED_RELEASE = /^Windows (Vista|7|8\.1|8|10|11)\b(.*)$/i;

/**
 * The client's Windows in the words a user knows ("Windows XP", "Windows 7 Professional"); the text as
 * given when it is something else (Samba, an unknown system); null when the client did not say.
 */
export function clientTypeName(raw: string): string | null {
  const text = raw.trim();
  if (text === '') return null;
  const versionNumber = /^Windows (?:NT )?(\d+\.\d+)\b/i.exec(text)?.[1];
  if (versionNumber !== undefined && BY_VERSION_NUMBER[versionNumber]) return BY_VERSION_NUMBER[versionNumber];
  for (const [pattern, name] of BY_PREFIX) if (pattern.test(text)) return name;
  const release = NAMED_RELEASE.exec(text);
  if (release) return [`Windows ${release[1]}`, editionOf(release[2] ?? '')].filter(Boolean).join(' ');
  return text;
}

/** The edition a (possibly cut-off) rest of the name starts, without "(TM)" and build numbers. */
function editionOf(rest: string): string | null {
  const words = rest
    .replace(/\(T?M?\)?/gi, ' ')
    .replace(/\b\d+\b.*$/, '')
    .trim();
  if (words === '') return null;
  const lower = words.toLowerCase();
  return (
    EDITIONS.find((edition) => edition.toLowerCase() === lower) ??
    EDITIONS.find((edition) => edition.toLowerCase().startsWith(lower) || lower.startsWith(`${edition.toLowerCase()} `)) ??
    null
  );
}
