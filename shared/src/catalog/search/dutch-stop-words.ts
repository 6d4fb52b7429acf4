/**
 * Dutch articles and the little words around them in titles ("De Hobbit", "Harry Potter en de
 * Steen der Wijzen"): a translated title keeps its names and nouns, not these, so the type-ahead
 * over an English catalogue leaves them out of a query.
 */
export const DUTCH_STOP_WORDS: ReadonlySet<string> = new Set([
  'de',
  'het',
  'een',
  't',
  'der',
  'den',
  'des',
  'en',
  'van',
  'in',
  'op',
  'met',
  'voor',
  'aan',
  'uit',
  'naar',
  'bij',
  'over',
  'om',
  'te',
  'tot',
  'of',
]);
