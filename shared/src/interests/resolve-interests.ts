/**
 * Free-text interests ("jazz, fotografie, fantasy") resolved to vocabulary terms, so that they
 * match what the city sites publish: UiT themes and event types on events, genres on books. Each
 * word says what it became (the person sees it); a word that matches nothing stays unresolved and
 * still counts as a plain word. Search is MiniSearch over the nl/en labels plus the synonyms, case-
 * and accent-insensitive and typo-tolerant.
 */
import MiniSearch from 'minisearch';

import { INTEREST_SYNONYMS } from './interest-synonyms.ts';
import { interestVocabulary, type InterestTerm } from './interest-vocabulary.ts';
import { normaliseText } from './normalise-text.ts';

export interface ResolvedInterest {
  /** The word as the person typed it (trimmed). */
  input: string;
  /** What it became: vocabulary terms, best first (empty when nothing matched). */
  terms: InterestTerm[];
}

interface Doc {
  id: string;
  nl: string;
  en: string;
  synonyms: string;
}

let index: MiniSearch<Doc> | undefined;

function searchIndex(): MiniSearch<Doc> {
  if (index) return index;
  const synonymsOf = new Map<string, string[]>();
  for (const [word, ids] of Object.entries(INTEREST_SYNONYMS))
    for (const id of ids) synonymsOf.set(id, [...(synonymsOf.get(id) ?? []), word]);
  index = new MiniSearch<Doc>({
    fields: ['nl', 'en', 'synonyms'],
    storeFields: [],
    processTerm: (term) => normaliseText(term),
    searchOptions: { boost: { nl: 2, en: 2 }, prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  index.addAll(
    interestVocabulary().map((term) => ({
      id: `${term.kind}:${term.id}`,
      nl: term.label.nl,
      en: term.label.en,
      synonyms: (synonymsOf.get(term.id) ?? []).join(' '),
    })),
  );
  return index;
}

const byKey = () => new Map(interestVocabulary().map((term) => [`${term.kind}:${term.id}`, term]));
let terms: Map<string, InterestTerm> | undefined;
const termOf = (key: string) => (terms ??= byKey()).get(key);
const byId = (id: string) => interestVocabulary().filter((term) => term.id === id);

/** Vocabulary terms matching a search (for the onboarding's search box), best first. */
export function searchInterestTerms(query: string, limit = 20): InterestTerm[] {
  const text = query.trim();
  if (!text) return [];
  return searchIndex()
    .search(text)
    .slice(0, limit)
    .flatMap((hit) => termOf(String(hit.id)) ?? []);
}

/** At most this many terms per word: "kunst" should not become every art form. */
const PER_WORD = 3;

/** One free-text interest: an exact synonym wins, then exact labels, then the search's best hits. */
export function resolveInterest(input: string): ResolvedInterest {
  const word = input.trim();
  const key = normaliseText(word).replace(/\s+/g, ' ');
  if (!key) return { input: word, terms: [] };
  const synonyms = INTEREST_SYNONYMS[key];
  if (synonyms) return { input: word, terms: dedupe(synonyms.flatMap(byId)).slice(0, PER_WORD) };
  const exact = interestVocabulary().filter(
    (term) => normaliseText(term.label.nl) === key || normaliseText(term.label.en) === key,
  );
  if (exact.length > 0) return { input: word, terms: dedupe(exact).slice(0, PER_WORD) };
  const hits = searchIndex().search(word);
  const best = hits[0]?.score ?? 0;
  // Only the hits close to the best: a weak tail is more likely wrong than helpful.
  const close = hits
    .filter((hit) => hit.score >= best * 0.6)
    .flatMap((hit) => termOf(String(hit.id)) ?? []);
  return { input: word, terms: dedupe(close).slice(0, PER_WORD) };
}

function dedupe(list: InterestTerm[]): InterestTerm[] {
  const seen = new Set<string>();
  return list.filter((term) => {
    const key = `${term.kind}:${term.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A comma- or newline-separated list of interests, each resolved. */
export function resolveInterests(text: string): ResolvedInterest[] {
  return text
    .split(/[,;\n]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .slice(0, 50)
    .map(resolveInterest);
}

/** The terms as an `interests` record's data: UiT ids as themeIds, genre keys as genres. */
export function interestsData(list: readonly InterestTerm[]): {
  themeIds: string[];
  genres: string[];
} {
  const isGenre = (t: InterestTerm) => t.kind === 'genre' || t.kind === 'bookgenre';
  const themeIds = [...new Set(list.filter((t) => !isGenre(t)).map((t) => t.id))];
  const genres = [...new Set(list.filter(isGenre).map((t) => t.id))];
  return { themeIds, genres };
}
