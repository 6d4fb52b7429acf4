import type { CulturalRecord, DataCategoryId, Medium } from '@verwonder/shared';
import type { DnaProfile } from '@verwonder/shared/wire/dna.ts';

// Coarse, derived interests (what `dna:read` returns instead of records): shared/src/wire/dna.ts.
export type { DnaProfile };

export interface Weighted<K extends string = string> {
  id: K;
  weight: number;
}

const TOP = 10;
/** A behavioural signal must appear in two records at least, so the profile cannot pinpoint one record. */
const MIN_SUPPORT = 2;
/** A stated interest weighs like several actions: the person said it. */
const STATED = 3;

/** The medium a record stands for, when its item does not say. */
function mediumOf(record: CulturalRecord): Medium | undefined {
  if ('item' in record && record.item?.medium) return record.item.medium;
  if (record.category === 'loans') return 'read';
  if (
    record.category === 'tickets' ||
    record.category === 'visits' ||
    record.category === 'museum-app'
  )
    return 'experience';
  return undefined;
}

function top<K extends string>(counts: Map<K, { weight: number; support: number }>): Weighted<K>[] {
  const kept = [...counts].filter(([, value]) => value.support >= MIN_SUPPORT);
  const total = kept.reduce((sum, [, value]) => sum + value.weight, 0);
  if (total === 0) return [];
  return (
    kept
      .sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP)
      // Rounded to 0.05: coarse on purpose.
      .map(([id, value]) => ({
        id,
        weight: Math.max(0.05, Math.round((value.weight / total) * 20) / 20),
      }))
  );
}

function add<K extends string>(
  map: Map<K, { weight: number; support: number }>,
  key: K,
  weight: number,
  support: number,
): void {
  const entry = map.get(key) ?? { weight: 0, support: 0 };
  entry.weight += weight;
  entry.support += support;
  map.set(key, entry);
}

/** Top themes, genres and media with normalised weights, derived from records; never the records. */
export function dnaProfile(records: readonly CulturalRecord[]): DnaProfile {
  const themes = new Map<string, { weight: number; support: number }>();
  const genres = new Map<string, { weight: number; support: number }>();
  const media = new Map<Medium, { weight: number; support: number }>();
  const basedOn = new Set<DataCategoryId>();
  for (const record of records) {
    basedOn.add(record.category);
    if (record.category === 'interests') {
      // Stated interests count in full at once.
      for (const id of record.data.themeIds) add(themes, id, STATED, MIN_SUPPORT);
      for (const id of record.data.genres) add(genres, id, STATED, MIN_SUPPORT);
      for (const id of record.data.media) add(media, id, STATED, MIN_SUPPORT);
      continue;
    }
    const item = 'item' in record ? record.item : undefined;
    for (const id of item?.termIds ?? []) add(themes, id, 1, 1);
    for (const id of item?.genres ?? []) add(genres, id, 1, 1);
    const medium = mediumOf(record);
    if (medium) add(media, medium, 1, 1);
  }
  return {
    themes: top(themes),
    genres: top(genres),
    media: top(media),
    basedOn: [...basedOn].sort(),
  };
}
