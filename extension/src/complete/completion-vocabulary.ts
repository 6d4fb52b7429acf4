/**
 * What the search completion can offer: the public vocabulary the city sites publish with (UiT event
 * types and themes, the agenda's genres, the library's shelves) and the everyday words people type
 * for them ("jazz", "toneel"), each with the term ids it stands for. Only what the site's own search
 * finds: the library searches titles, authors and shelves, the agenda types, themes and genres.
 */
import { INTEREST_SYNONYMS } from '@verwonder/shared/interests/interest-synonyms.ts';
import {
  interestVocabulary,
  type InterestKind,
} from '@verwonder/shared/interests/interest-vocabulary.ts';

import { normaliseTerm } from '../ranking/item-terms.ts';

export type CompletionSite = 'library' | 'agenda' | 'museum' | 'page';
export type CompletionKind = InterestKind | 'word' | 'author';

export interface CompletionCandidate {
  /** What the list shows and, once picked, the site's field gets. */
  label: string;
  /** The label normalised (lower case, no accents): one candidate per key. */
  key: string;
  kind: CompletionKind;
  /** Normalised term ids and genre keys it stands for (matched against the person's terms). */
  ids: string[];
  /** Other names it is found by (the other language's label, synonyms). */
  alt: string;
}

const SITE_KINDS: Record<CompletionSite, readonly InterestKind[]> = {
  library: ['bookgenre'],
  agenda: ['eventtype', 'theme', 'genre'],
  museum: ['eventtype', 'theme', 'genre'],
  page: ['eventtype', 'theme', 'genre', 'bookgenre'],
};

const cache = new Map<string, CompletionCandidate[]>();

/** The candidates for a site in a language (built once each). */
export function completionVocabulary(
  site: CompletionSite,
  language: 'nl' | 'en',
): CompletionCandidate[] {
  const cacheKey = `${site}:${language}`;
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const kinds = SITE_KINDS[site];
  const vocabulary = interestVocabulary();
  const kindOf = new Map<string, InterestKind>();
  for (const term of vocabulary) if (!kindOf.has(term.id)) kindOf.set(term.id, term.kind);
  const byKey = new Map<string, CompletionCandidate>();
  const add = (candidate: CompletionCandidate) => {
    const existing = byKey.get(candidate.key);
    if (!existing) return void byKey.set(candidate.key, candidate);
    existing.ids = [...new Set([...existing.ids, ...candidate.ids])];
    existing.alt = `${existing.alt} ${candidate.alt}`.trim();
  };
  for (const term of vocabulary) {
    if (!kinds.includes(term.kind)) continue;
    const label = term.label[language];
    const other = term.label[language === 'nl' ? 'en' : 'nl'];
    add({
      label,
      key: normaliseTerm(label),
      kind: term.kind,
      ids: [normaliseTerm(term.id)],
      alt: other,
    });
  }
  // A synonym that is a label of the other language only ("theatre" in Dutch) is left out.
  const otherLabels = new Set(
    vocabulary.map((term) => normaliseTerm(term.label[language === 'nl' ? 'en' : 'nl'])),
  );
  for (const [word, ids] of Object.entries(INTEREST_SYNONYMS)) {
    if (otherLabels.has(normaliseTerm(word)) && !byKey.has(normaliseTerm(word))) continue;
    const usable = ids.filter((id) => {
      const kind = kindOf.get(id);
      return kind !== undefined && kinds.includes(kind);
    });
    if (usable.length === 0) continue;
    // Shown as a word starts a sentence ("Theater"); the key keeps it one with a label "Theater".
    const label = word.charAt(0).toUpperCase() + word.slice(1);
    add({ label, key: normaliseTerm(word), kind: 'word', ids: usable.map(normaliseTerm), alt: '' });
  }
  const candidates = [...byKey.values()];
  cache.set(cacheKey, candidates);
  return candidates;
}
