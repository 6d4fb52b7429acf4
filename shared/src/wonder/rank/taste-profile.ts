import type { GenreThemeBridge } from '../../catalog/genre-theme-bridge.ts';
import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { DataCategoryId } from '../../model/data-category.ts';
import {
  adventurousness,
  affinities,
  buildDna,
  typicalPrice,
  type Affinity,
} from '../dna/build-dna.ts';
import type { CulturalDna, DnaFacet } from '../dna/cultural-dna.ts';

/** An affinity with its weight relative to the strongest of its facet (0..1]. */
export interface RelativeAffinity {
  affinity: Affinity;
  relative: number;
}
export type AffinityIndex = Map<string, RelativeAffinity>;

/** The facet's affinities by key, strongest first, each relative to the strongest. */
function relativeAffinities(
  dna: CulturalDna,
  facet: DnaFacet,
  now: number,
  halfLifeDays?: number,
): AffinityIndex {
  const list = affinities(dna, facet, now, halfLifeDays);
  const strongest = list[0]?.weight ?? 1;
  return new Map(list.map((a) => [a.key, { affinity: a, relative: a.weight / strongest }]));
}

/** The first `n` keys of an index (the strongest, as it is ordered). */
function firstKeys(index: AffinityIndex, n: number): Set<string> {
  const keys = new Set<string>();
  for (const key of index.keys()) {
    if (keys.size === n) break;
    keys.add(key);
  }
  return keys;
}

/** Everything the later steps read about the person, derived once from the allowed records. */
export interface TasteProfile {
  /** Reference time of the decay, in ms. */
  now: number;
  themes: AffinityIndex;
  genres: AffinityIndex;
  authors: AffinityIndex;
  media: AffinityIndex;
  venues: AffinityIndex;
  days: AffinityIndex;
  /** Items the person already has, strongest first: never suggested, and the collaborative seeds. */
  seenItems: Affinity[];
  home: CulturalDna['home'];
  price: ReturnType<typeof typicalPrice>;
  adventure: ReturnType<typeof adventurousness>;
  /** The three strongest themes and genres: what a surprise avoids. */
  strongest: { themes: Set<string>; genres: Set<string> };
  /** Record id -> title of the item it is about, for collaborative explanations. */
  titles: Map<string, string>;
  categoryOf: (recordId: string) => DataCategoryId | undefined;
  /** The categories the allowed history has, which a surprise says it departs from. */
  behaviouralCategories: DataCategoryId[];
}

/**
 * Step 2, the cultural DNA: time-decayed affinities per facet at `now`. Without `now` the latest
 * allowed record is the reference, so the output is deterministic.
 */
export function tasteProfile(
  records: readonly CulturalRecord[],
  options: { now?: string | number; bridge?: GenreThemeBridge; halfLifeDays?: number } = {},
): TasteProfile {
  const now =
    options.now === undefined
      ? Math.max(0, ...records.map((r) => Date.parse(r.time)))
      : typeof options.now === 'number'
        ? options.now
        : Date.parse(options.now);
  const dna = buildDna(records, options.bridge);
  const half = options.halfLifeDays;
  const themes = relativeAffinities(dna, 'theme', now, half);
  const genres = relativeAffinities(dna, 'genre', now, half);
  const strongest = { themes: firstKeys(themes, 3), genres: firstKeys(genres, 3) };
  const titles = new Map<string, string>();
  for (const r of records) if ('item' in r && r.item) titles.set(r.id, r.item.title);
  return {
    now,
    themes,
    genres,
    authors: relativeAffinities(dna, 'author', now, half),
    media: relativeAffinities(dna, 'medium', now, half),
    venues: relativeAffinities(dna, 'venue', now, half),
    days: relativeAffinities(dna, 'day', now, half),
    seenItems: affinities(dna, 'item', now, half),
    home: dna.home,
    price: typicalPrice(dna),
    adventure: adventurousness(dna),
    strongest,
    titles,
    categoryOf: (id) => dna.recordCategories.get(id),
    behaviouralCategories: [...new Set(records.map((r) => r.category))].sort(),
  };
}
