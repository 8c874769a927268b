/** Where the user's choice to show or hide the guide is kept, so the next start remembers it. */
const STORAGE_KEY = 'workgroup-doctor.guide';

/** The saved choice, or null when the user never chose (or storage cannot be read). */
export function readGuidePreference(): boolean | null {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    return saved === 'shown' ? true : saved === 'hidden' ? false : null;
  } catch {
    // Storage switched off (a locked-down browser): the default applies each time.
    return null;
  }
}

export function saveGuidePreference(shown: boolean): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, shown ? 'shown' : 'hidden');
  } catch {
    // Not remembered, but the choice still holds for this session.
  }
}
