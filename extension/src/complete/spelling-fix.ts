/**
 * The Dutch spelling fix of the search completion: a typed word the vocabulary does not know is
 * replaced by the nearest word it does ("thaeter" → "theater", "muzeik" → "muziek"). Distance is
 * optimal string alignment (Levenshtein plus swapped neighbours, the commonest typo), so one swap
 * costs one edit; MiniSearch's fuzzy matching counts it as two and misses short words.
 */

/** Edits (insert, delete, substitute, swap neighbours) from `a` to `b`; stops early past `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, before[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** How many edits a word of this length may need: none below 3 letters, two from 7 letters on. */
export function allowedEdits(length: number): number {
  if (length < 3) return 0;
  return length < 7 ? 1 : 2;
}

/**
 * The known word nearest to `word` (normalised), or undefined when it is known or nothing is near.
 * A word still being typed counts too: "thaet" is near the start of "theater" and becomes "theat".
 */
export function fixWord(word: string, known: ReadonlySet<string>): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  for (const candidate of known) if (candidate.startsWith(word)) return undefined;
  let best: { word: string; distance: number; whole: boolean } | undefined;
  for (const candidate of known) {
    const consider = (fixed: string, whole: boolean) => {
      const distance = editDistance(word, fixed, max);
      if (distance > max) return;
      // Fewest edits first; then a whole word over a word's start; then the shorter, then a-z.
      const better =
        !best ||
        distance < best.distance ||
        (distance === best.distance &&
          (whole !== best.whole
            ? whole
            : fixed.length < best.word.length ||
              (fixed.length === best.word.length && fixed < best.word)));
      if (better) best = { word: fixed, distance, whole };
    };
    consider(candidate, true);
    // A word still being typed, a letter left out or one too many: its start, one longer or shorter.
    for (const length of [word.length - 1, word.length, word.length + 1])
      if (length >= 3 && length < candidate.length) consider(candidate.slice(0, length), false);
  }
  return best?.word;
}
