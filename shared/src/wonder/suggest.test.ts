import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogData } from '../catalog/catalog-data.ts';
import { DATA_CATEGORY_IDS, type DataCategoryId } from '../model/data-category.ts';
import { Suggestion } from '../model/suggestion.ts';
import { loadItemModel } from './model/load-item-model.ts';
import { suggest } from './suggest.ts';
import { recordArbitrary, sampleCandidates } from './test-fixtures.ts';

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
      fc.sample(
        fc.uniqueArray(recordArbitrary(CANDIDATES), {
          minLength: 15,
          maxLength: 15,
          selector: (r) => r.id,
        }),
        { numRuns: 1, seed: 7 },
      )[0] ?? [];
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
        fc.uniqueArray(recordArbitrary(CANDIDATES), {
          minLength: 1,
          maxLength: 20,
          selector: (r) => r.id,
        }),
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
});
