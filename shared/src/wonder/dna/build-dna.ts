import type { GenreThemeBridge } from '../../catalog/genre-theme-bridge.ts';
import type { CulturalRecord } from '../../model/cultural-record.ts';
import type { DataCategoryId } from '../../model/data-category.ts';
import { addRecord } from './add-record.ts';
import { emptyDna, type CulturalDna, type DnaFacet, type Evidence } from './cultural-dna.ts';

/** Full computation: the DNA of a whole history, through the same step the incremental path uses. */
export function buildDna(
  history: readonly CulturalRecord[],
  bridge: GenreThemeBridge = {},
): CulturalDna {
  const dna = emptyDna();
  for (const r of history) addRecord(dna, r, bridge);
  return dna;
}

export interface Affinity {
  key: string;
  /** Decayed, summed weight. */
  weight: number;
  /** Records behind it, strongest first. */
  recordIds: string[];
  categories: DataCategoryId[];
}

/**
 * After this many days a record counts half. Chosen on the MovieLens validation splits of tuning
 * seed 1 (the only data with dates), by the mean of the product path's NDCG ratio on the random
 * split and on the global time cut (`npm run tune:wonder -- --dataset movielens|movielens-time
 * --links both --half-life N`): 180 days 0.879x / 0.955x, 365 0.900x / 1.004x, 730 0.921x /
 * 0.985x, 1,460 0.926x / 0.931x, no decay 0.918x / 0.871x. Taste moves over years, not months.
 */
export const HALF_LIFE_DAYS = 730;

/**
 * The time-decayed affinities of one facet at `now`, strongest first. Evidence is summed in record
 * id order so the result does not depend on the order records arrived in.
 */
export function affinities(
  dna: CulturalDna,
  facet: DnaFacet,
  now: number,
  halfLifeDays: number = HALF_LIFE_DAYS,
): Affinity[] {
  const out: Affinity[] = [];
  // The evidence of one record shares its time: one power per distinct time, not per evidence.
  const decay = new Map<number, number>();
  for (const [key, evidence] of dna.facets[facet]) {
    // Most keys have one piece of evidence; sorting allocates, so sort only what needs it.
    const evs = [...evidence.values()];
    if (evs.length > 1) evs.sort(byRecordId);
    let weight = 0;
    const contrib: [string, number][] = [];
    const categories: DataCategoryId[] = [];
    for (const e of evs) {
      let d = decay.get(e.time);
      if (d === undefined) {
        const ageDays = Math.max(0, now - e.time) / 86_400_000;
        decay.set(e.time, (d = 0.5 ** (ageDays / halfLifeDays)));
      }
      const w = e.weight * d;
      weight += w;
      if (w > 0) contrib.push([e.recordId, w]);
      if (e.weight > 0 && !categories.includes(e.category)) categories.push(e.category);
    }
    if (weight <= 0) continue;
    if (contrib.length > 1) contrib.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push({ key, weight, recordIds: contrib.map(([r]) => r), categories: categories.sort() });
  }
  return out.sort((a, b) => b.weight - a.weight || (a.key < b.key ? -1 : 1));
}

function byRecordId(a: Evidence, b: Evidence): number {
  return a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0;
}

/**
 * How adventurous the person is, 0..1: a Beta(2, 2) prior updated with their reactions to earlier
 * surprises (liked +1, rejected -1), so that no feedback means a neutral 0.5.
 */
export function adventurousness(dna: CulturalDna): { value: number; recordIds: string[] } {
  let liked = 0;
  let rejected = 0;
  const ids = [...dna.surpriseFeedback.keys()].sort();
  for (const id of ids) {
    const f = dna.surpriseFeedback.get(id);
    if (f && f.value > 0) liked++;
    else rejected++;
  }
  return { value: (2 + liked) / (4 + liked + rejected), recordIds: ids };
}

/** Median price per ticket paid, or undefined without ticket prices. */
export function typicalPrice(
  dna: CulturalDna,
): { median: number; max: number; recordIds: string[] } | undefined {
  const ids = [...dna.prices.keys()].sort();
  if (ids.length === 0) return undefined;
  const ps = ids.map((id) => dna.prices.get(id) as number).sort((a, b) => a - b);
  return {
    median: ps[Math.floor((ps.length - 1) / 2)] as number,
    max: ps[ps.length - 1] as number,
    recordIds: ids,
  };
}
