/**
 * The known name closest to what was typed, for "did you mean …?": the smallest edit distance
 * (insertions, deletions, substitutions, and two neighbours swapped), if it is small enough to be a typo
 * of it rather than another word: at most a third of the longer name, and never more than 3.
 */
export function nearestName(typed: string, known: readonly string[]): string | null {
  const lowered = typed.toLowerCase();
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of known) {
    const distance = editDistance(lowered, name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  if (best === null) return null;
  const allowed = Math.min(3, Math.max(1, Math.floor(Math.max(lowered.length, best.length) / 3)));
  return bestDistance <= allowed ? best : null;
}

/** Optimal string alignment distance: Levenshtein, where swapping two neighbouring characters costs 1. */
export function editDistance(a: string, b: string): number {
  // Typed names are short; anything absurdly long is no typo of a command name.
  if (Math.abs(a.length - b.length) > 3 || a.length > 64 || b.length > 64) return Math.max(a.length, b.length);
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) distance = Math.min(distance, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = distance;
    }
  }
  return rows[a.length]![b.length]!;
}

/** " (did you mean X?)" when one known name is close, or nothing. */
export function didYouMean(typed: string, known: readonly string[], format: (name: string) => string = (name) => name): string {
  const nearest = nearestName(typed, known);
  return nearest === null ? '' : ` (did you mean ${format(nearest)}?)`;
}
