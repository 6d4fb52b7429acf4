/**
 * Ranking on the device, until the vault's DNA is cached here: a content match of the page's items
 * against the person's taste records, in the categories allowed on this site. The site learns
 * nothing: it runs in the content script, on what the page already shows.
 */
import type { CategoryId } from '../control/categories.ts';
import type { PageItem } from '../page/page-item.ts';
import { itemTerms, normaliseTerm, termWords } from './item-terms.ts';
import type { TasteRecord } from './taste-record.ts';

export interface Reason {
  /** The item's term that matched (as the page writes it, normalised). */
  term: string;
  recordIds: string[];
  categories: CategoryId[];
}

export interface RankedSuggestion {
  itemId: string;
  /** "relevant" gets the badge "Voor jou", "surprise" the badge "Verrassing". */
  kind: 'relevant' | 'surprise';
  score: number;
  reasons: Reason[];
  categories: CategoryId[];
  recordIds: string[];
}

export interface RankOptions {
  /** How many "Voor jou" suggestions at most; one surprise may come on top. */
  relevant?: number;
  /** Item ids never to suggest (turned down by the person). */
  excluded?: ReadonlySet<string>;
}

/** How much one record of a category weighs (stated interests count most). */
const CATEGORY_WEIGHT: Partial<Record<CategoryId, number>> = { interests: 2, browsing: 0.5 };

const uniqueSorted = <T extends string>(values: readonly T[]): T[] => [...new Set(values)].sort();

function match(item: PageItem, records: readonly TasteRecord[]) {
  const terms = itemTerms(item);
  const termSet = new Set(terms);
  const words = termWords(terms);
  const byTerm = new Map<string, { weight: number; records: TasteRecord[] }>();
  for (const record of records) {
    for (const raw of record.terms) {
      const term = normaliseTerm(raw);
      const hit = termSet.has(term) || (!term.includes(' ') && words.has(term));
      if (!term || !hit) continue;
      const entry = byTerm.get(term) ?? { weight: 0, records: [] };
      entry.weight += CATEGORY_WEIGHT[record.category] ?? 1;
      if (!entry.records.includes(record)) entry.records.push(record);
      byTerm.set(term, entry);
    }
  }
  const score =
    [...byTerm.values()].reduce((sum, entry) => sum + entry.weight, 0) /
    Math.sqrt(Math.max(1, terms.length));
  const reasons: Reason[] = [...byTerm.entries()]
    .sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1))
    .map(([term, entry]) => ({
      term,
      recordIds: uniqueSorted(entry.records.map((record) => record.id)),
      categories: uniqueSorted(entry.records.map((record) => record.category)),
    }));
  return { score, reasons };
}

/**
 * The best matches as "relevant", then at most one "surprise": the best remaining item reached
 * only through terms none of the relevant picks used (a less dominant side of the person's taste).
 * Records outside `allowed` are dropped first, so the output cannot depend on them.
 */
export function rankItems(
  items: readonly PageItem[],
  records: readonly TasteRecord[],
  allowed: readonly CategoryId[],
  options: RankOptions = {},
): RankedSuggestion[] {
  const usable = records.filter((record) => allowed.includes(record.category));
  if (usable.length === 0) return [];
  const scored = items
    .filter((item) => !options.excluded?.has(item.id))
    .map((item) => ({ item, ...match(item, usable) }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || (a.item.id < b.item.id ? -1 : 1));
  const relevant = scored.slice(0, options.relevant ?? 3);
  const usedTerms = new Set(
    relevant.flatMap((entry) => entry.reasons.map((reason) => reason.term)),
  );
  const surprise = scored
    .slice(relevant.length)
    .find((entry) => entry.reasons.every((reason) => !usedTerms.has(reason.term)));
  const picks = [
    ...relevant.map((entry) => ({ entry, kind: 'relevant' as const })),
    ...(surprise ? [{ entry: surprise, kind: 'surprise' as const }] : []),
  ];
  return picks.map(({ entry, kind }) => ({
    itemId: entry.item.id,
    kind,
    score: Number(entry.score.toFixed(4)),
    reasons: entry.reasons,
    categories: uniqueSorted(entry.reasons.flatMap((reason) => reason.categories)),
    recordIds: uniqueSorted(entry.reasons.flatMap((reason) => reason.recordIds)),
  }));
}
