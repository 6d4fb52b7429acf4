import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogData } from '../catalog/catalog-data.ts';
import { DATA_CATEGORY_IDS, type DataCategoryId } from '../model/data-category.ts';
import { Suggestion } from '../model/suggestion.ts';
import { loadItemModel } from './model/load-item-model.ts';
import { prepareRanking } from './prepare-ranking.ts';
import { choosePicks } from './rank/rerank-candidates.ts';
import { suggest } from './suggest.ts';
import { historyArbitrary, sampleCandidates } from './test-fixtures.ts';

const CANDIDATES = sampleCandidates(60);
const OPTIONS = {
  k: 10,
  bridge: catalogData().bridge(),
  itemModel: loadItemModel(),
  now: '2027-01-01T00:00:00+01:00',
};

describe('suggest', () => {
  it('returns valid suggestions with explanations, surprises flagged, none already in the history', () => {
    const history =
      fc.sample(historyArbitrary(CANDIDATES, 15, 15), { numRuns: 1, seed: 7 })[0] ?? [];
    const out = suggest(history, CANDIDATES, DATA_CATEGORY_IDS, { ...OPTIONS, dial: 0.8 });
    expect(out).toHaveLength(10);
    for (const s of out) expect(Suggestion.parse(s)).toEqual(s);
    expect(out.some((s) => s.isSurprise)).toBe(true);
    const seen = new Set(history.flatMap((r) => ('item' in r && r.item ? [r.item.id] : [])));
    expect(out.filter((s) => seen.has(s.itemId))).toEqual([]);
  });

  it('consent mask: a masked category changes nothing compared to never having it, and is never named', () => {
    fc.assert(
      fc.property(
        historyArbitrary(CANDIDATES, 1, 20),
        fc.subarray([...DATA_CATEGORY_IDS], { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (history, masked, dial) => {
          const allowed = DATA_CATEGORY_IDS.filter((c) => !masked.includes(c));
          const maskedRun = suggest(history, CANDIDATES, allowed, { ...OPTIONS, dial });
          const neverExisted = suggest(
            history.filter((r) => !masked.includes(r.category)),
            CANDIDATES,
            DATA_CATEGORY_IDS,
            { ...OPTIONS, dial },
          );
          expect(maskedRun).toEqual(neverExisted);
          const named = new Set<DataCategoryId>(
            maskedRun.flatMap((s) => [
              ...s.provenance.categories,
              ...s.explanations.flatMap((e) => e.categories),
            ]),
          );
          for (const c of masked) expect(named.has(c)).toBe(false);
        },
      ),
      { numRuns: 30 },
    );
  });

  // The tuning (`npm run tune:wonder`) re-ranks one preparation many ways; what it scores must be
  // what `suggest` answers with the same knobs.
  it('re-ranking a preparation picks exactly what suggest picks, at every dial and with knobs', () => {
    fc.assert(
      fc.property(
        historyArbitrary(CANDIDATES, 3, 20),
        fc.constantFrom(0, 0.5, 1),
        fc.constantFrom({}, { diversity: 0.2, tailBonus: 0.01 }),
        (history, dial, knobs) => {
          const options = { ...OPTIONS, dial, knobs };
          const prepared = prepareRanking(history, CANDIDATES, DATA_CATEGORY_IDS, options);
          const picks = choosePicks(prepared.wonderCandidates, options, prepared.profile);
          expect(picks.map((p) => prepared.pool[p.index]?.item.id)).toEqual(
            suggest(history, CANDIDATES, DATA_CATEGORY_IDS, options).map((s) => s.itemId),
          );
        },
      ),
      { numRuns: 25, seed: 11 },
    );
  });
});
