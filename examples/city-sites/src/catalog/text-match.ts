/** Lower-cases and strips diacritics so "Zoë" matches "zoe". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function queryWords(query: string): string[] {
  return normalizeText(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** True when every query word occurs somewhere in the (already normalised) text. */
export function matchesAllWords(normalizedText: string, words: readonly string[]): boolean {
  return words.every((w) => normalizedText.includes(w));
}
