import { expect, it } from 'vitest';
import { catalogData } from '../../catalog/catalog-data.ts';
import type { ItemModel } from '../../wonder/model/item-model.ts';
import { prepareRanking } from '../../wonder/prepare-ranking.ts';
import { toItemRef } from '../../catalog/to-item-ref.ts';
import type { CulturalRecord } from '../../model/cultural-record.ts';
import { sampleCandidates } from '../../wonder/test-fixtures.ts';
import { exactSignalRanking } from './exact-signal-ranking.ts';

const CANDIDATES = sampleCandidates(60);

it('given the model s own sums as its signal, ranks as prepareRanking with the model', () => {
  // Loans of every fourth book, with stars and dates, as the evaluation builds a history.
  const history = CANDIDATES.filter((c) => c.kind === 'book')
    .filter((_, i) => i % 4 === 0)
    .map(
      (item, t) =>
        ({
          id: `r${t}`,
          category: 'loans',
          time: new Date(Date.UTC(2025, 0, 1 + t * 20)).toISOString().replace('Z', '+00:00'),
          source: { type: 'person' },
          item: { termIds: [], genres: [], authors: [], ...toItemRef(item) },
          data: { action: 'borrowed', rating: 1 + (t % 5) },
        }) as CulturalRecord,
    );
  const seen = new Set(history.flatMap((r) => ('item' in r && r.item ? [r.item.id] : [])));
  const unseen = CANDIDATES.filter((c) => c.kind === 'book' && !seen.has(c.id));
  // Each item links to three unseen books (no seen item is linked, so both scale alike).
  const links = (id: string) => {
    const at = [...id].reduce((h, ch) => h + ch.charCodeAt(0), 0) % (unseen.length - 3);
    return [0.5, 0.3, 0.1].map((sim, n) => ({ id: unseen[at + n]?.id ?? '', sim }));
  };
  const model: ItemModel = { neighbours: links, size: CANDIDATES.length };
  const options = { k: 10, bridge: catalogData().bridge(), itemModel: model };
  const byModel = prepareRanking(history, CANDIDATES, ['loans'], options);
  const bySignal = exactSignalRanking(history, CANDIDATES, options, (items) => {
    const sums = new Map<string, number>();
    for (const a of items)
      for (const l of links(a.key)) sums.set(l.id, (sums.get(l.id) ?? 0) + a.weight * l.sim);
    return (id) => sums.get(id) ?? 0;
  });
  expect(byModel.pool.some((p) => byModel.relevance.collaborative.score(p.item.id))).toBe(true);
  expect(bySignal.pool.map((p) => p.item.id)).toEqual(byModel.pool.map((p) => p.item.id));
  bySignal.pool.forEach((p, i) =>
    expect(p.relevance).toBeCloseTo(byModel.pool[i]?.relevance ?? NaN, 12),
  );
});
