import {
  DATA_CATEGORY_IDS,
  findTerm,
  genreLabel,
  type CulturalRecord,
  type DataCategoryId,
} from '@verwonder/shared';
import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import type { Venue } from '@verwonder/shared/catalog/venue.ts';
import { adventurousness, affinities, buildDna } from '@verwonder/shared/wonder/dna/build-dna.ts';
import type { DnaFacet } from '@verwonder/shared/wonder/dna/cultural-dna.ts';

/** What the owner's DNA page charts; every element names the records behind it. */
export interface OwnerDnaFeature {
  key: string;
  label: { nl: string; en: string };
  weight: number;
  recordIds: string[];
  categories: DataCategoryId[];
}
export interface OwnerDnaVenue extends OwnerDnaFeature {
  latitude: number | null;
  longitude: number | null;
}
export interface OwnerDnaWord {
  word: string;
  recordIds: string[];
}
export interface OwnerDna {
  records: number;
  themes: OwnerDnaFeature[];
  genres: OwnerDnaFeature[];
  media: OwnerDnaFeature[];
  venues: OwnerDnaVenue[];
  /** The person's own words from their interests (as typed, no weight: they name no term). */
  words: OwnerDnaWord[];
  adventurousness: { value: number; recordIds: string[] };
  timeline: {
    month: string;
    counts: Partial<Record<DataCategoryId, number>>;
    recordIds: string[];
  }[];
  /** Every venue of the city's catalogue, drawn faintly behind the person's own places for orientation. */
  cityVenues: { name: string; latitude: number; longitude: number }[];
  /** Record id to its category, so the page can link each id to its record on the data page. */
  recordCategories: Record<string, DataCategoryId>;
}

export interface DnaCatalog {
  bridge(): GenreThemeBridge;
  venueById(id: string): Venue | undefined;
  venues(): readonly Venue[];
}

const TOP = 12;
const MEDIA = {
  read: { nl: 'Lezen', en: 'Reading' },
  watch: { nl: 'Kijken', en: 'Watching' },
  listen: { nl: 'Luisteren', en: 'Listening' },
  experience: { nl: 'Beleven', en: 'Experiencing' },
} as Record<string, { nl: string; en: string }>;

const round = (value: number): number => Math.round(value * 1000) / 1000;

/** The owner's cultural DNA (shared's buildDna) turned into chartable, labelled features. */
export function ownerDna(
  records: readonly CulturalRecord[],
  catalog: DnaCatalog | undefined,
  now: Date = new Date(),
): OwnerDna {
  const dna = buildDna(records, catalog?.bridge() ?? {});
  const features = (facet: DnaFacet, label: (key: string) => { nl: string; en: string }) =>
    affinities(dna, facet, now.getTime())
      .slice(0, TOP)
      .map((affinity) => ({
        key: affinity.key,
        label: label(affinity.key),
        weight: round(affinity.weight),
        recordIds: affinity.recordIds.slice(0, 200),
        categories: affinity.categories,
      }));
  const venueNames = new Map<string, string>();
  const venuePlaces = new Map<string, { latitude: number; longitude: number }>();
  for (const record of records) {
    if (record.category === 'visits' && record.data.venueName)
      venueNames.set(record.data.venueId, record.data.venueName);
    if ((record.category === 'visits' || record.category === 'museum-app') && record.location)
      venuePlaces.set(record.data.venueId, record.location);
  }
  const venue = (key: string) => catalog?.venueById(key) ?? catalog?.venueById(`venue-${key}`);
  const months = new Map<string, OwnerDna['timeline'][number]>();
  for (const record of records) {
    const month = record.time.slice(0, 7);
    const entry = months.get(month) ?? { month, counts: {}, recordIds: [] };
    entry.counts[record.category] = (entry.counts[record.category] ?? 0) + 1;
    entry.recordIds.push(record.id);
    months.set(month, entry);
  }
  const same = (text: string) => ({ nl: text, en: text });
  return {
    records: records.length,
    themes: features('theme', (key) => findTerm(key)?.label ?? same(key)),
    genres: features('genre', (key) => {
      const { nl, en } = genreLabel(key);
      return { nl, en };
    }),
    media: features('medium', (key) => MEDIA[key] ?? same(key)),
    venues: features('venue', (key) => same(venue(key)?.name ?? venueNames.get(key) ?? key)).map(
      (feature) => {
        const geo = venue(feature.key)?.geo ?? venuePlaces.get(feature.key);
        return { ...feature, latitude: geo?.latitude ?? null, longitude: geo?.longitude ?? null };
      },
    ),
    words: ownWords(records),
    adventurousness: adventurousness(dna),
    timeline: [...months.values()].sort((a, b) => (a.month < b.month ? -1 : 1)),
    cityVenues: (catalog?.venues() ?? []).map((place) => ({
      name: place.name,
      latitude: place.geo.latitude,
      longitude: place.geo.longitude,
    })),
    recordCategories: Object.fromEntries(records.map((record) => [record.id, record.category])),
  };
}

/** The own words of the interests records, newest record first, each word once (case aside). */
export function ownWords(records: readonly CulturalRecord[]): OwnerDnaWord[] {
  const words = new Map<string, OwnerDnaWord>();
  const interests = records
    .filter((record) => record.category === 'interests')
    .sort((a, b) => Date.parse(b.time) - Date.parse(a.time));
  for (const record of interests)
    for (const word of record.data.words) {
      const entry = words.get(word.toLowerCase()) ?? { word, recordIds: [] };
      if (!entry.recordIds.includes(record.id)) entry.recordIds.push(record.id);
      words.set(word.toLowerCase(), entry);
    }
  return [...words.values()];
}

export const DNA_VIEW_CATEGORIES: readonly DataCategoryId[] = DATA_CATEGORY_IDS.filter(
  (category) => category !== 'profile' && category !== 'location',
);
