/**
 * The words a person can state interests in: the UiTdatabank event types and themes used on events,
 * and the catalogue's genres. Zod-free and read from the committed JSON, so the extension bundles it.
 */
import taxonomyJson from '../../catalog-data/uit-taxonomy.json';
import { GENRE_LABELS } from '../catalog/genre-labels.ts';

/** `bookgenre`: a library shelf (goodbooks); `genre`: a style of activity on the agenda. */
export type InterestKind = 'eventtype' | 'theme' | 'genre' | 'bookgenre';

export interface InterestTerm {
  /** A UiT term id (`1.8.2.0.0`) or a genre key (`fantasy`, `young_adult`). */
  id: string;
  kind: InterestKind;
  label: { nl: string; en: string };
}

interface RawTerm {
  id: string;
  domain: string;
  label: { nl: string; en: string };
  scope: string[];
}

/** Catch-all terms say nothing about a person. */
const UNDEFINED_TERMS = new Set(['1.58.0.0.0', '0.51.0.0.0']);

let cached: readonly InterestTerm[] | undefined;

/** Every term, event types first, then themes, then genres (each sorted by its Dutch label). */
export function interestVocabulary(): readonly InterestTerm[] {
  if (cached) return cached;
  const raw = (taxonomyJson as { terms: RawTerm[] }).terms;
  const uit = (domain: 'eventtype' | 'theme') =>
    raw
      .filter(
        (t) => t.domain === domain && t.scope.includes('events') && !UNDEFINED_TERMS.has(t.id),
      )
      .map((t): InterestTerm => ({
        id: t.id,
        kind: domain,
        label: { nl: t.label.nl, en: t.label.en },
      }))
      .sort((a, b) => a.label.nl.localeCompare(b.label.nl, 'nl'));
  const genres = Object.entries(GENRE_LABELS)
    .map(([id, label]): InterestTerm => ({
      id,
      // Only book shelves have a noun to count loans with.
      kind: label.countNl ? 'bookgenre' : 'genre',
      label: { nl: label.nl, en: label.en },
    }))
    .sort((a, b) => a.label.nl.localeCompare(b.label.nl, 'nl'));
  cached = [...uit('eventtype'), ...uit('theme'), ...genres];
  return cached;
}

let byId: ReadonlyMap<string, InterestTerm> | undefined;

/** The term with this id, if it is in the vocabulary (UiT terms before genres of the same id). */
export function interestTerm(id: string): InterestTerm | undefined {
  if (!byId) {
    const map = new Map<string, InterestTerm>();
    for (const term of interestVocabulary()) if (!map.has(term.id)) map.set(term.id, term);
    byId = map;
  }
  return byId.get(id);
}
