import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { DataCategoryId } from '../../model/data-category.ts';

/** The kinds of affinity the DNA keeps; each maps a key (theme id, genre, author...) to evidence. */
export const DNA_FACETS = [
  'item',
  'theme',
  'genre',
  'author',
  'medium',
  'venue',
  'district',
  'day',
  'daypart',
] as const;
export type DnaFacet = (typeof DNA_FACETS)[number];

/** One record's contribution to one feature, kept so every feature can name its provenance. */
export interface Evidence {
  recordId: string;
  category: DataCategoryId;
  /** Signed weight at the record's own time; decay is applied when the DNA is read. */
  weight: number;
  /** Record time in ms since the epoch. */
  time: number;
}

/**
 * The cultural DNA: evidence per facet and key, plus prices paid, places seen and reactions to
 * earlier surprises. It only ever grows by adding records, and every derived number is a pure
 * function of the evidence in canonical (record id) order, so adding records one by one gives
 * exactly the same DNA as building it from the whole history at once.
 */
export interface CulturalDna {
  facets: Record<DnaFacet, Map<string, Map<string, Evidence>>>;
  prices: Map<string, number>;
  /** Home area, from the latest location record (or a stated one). */
  home:
    | { latitude: number; longitude: number; district?: string; recordId: string; time: number }
    | undefined;
  /** Feedback on earlier surprises: record id -> +1 (liked) or -1 (rejected). */
  surpriseFeedback: Map<string, { value: number; category: DataCategoryId }>;
  recordCategories: Map<string, DataCategoryId>;
}

export function emptyDna(): CulturalDna {
  return {
    facets: Object.fromEntries(DNA_FACETS.map((f) => [f, new Map()])) as CulturalDna['facets'],
    prices: new Map(),
    home: undefined,
    surpriseFeedback: new Map(),
    recordCategories: new Map(),
  };
}

export type { CulturalRecord };
