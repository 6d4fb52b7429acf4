import fc from 'fast-check';
import { expect, it } from 'vitest';
import { catalogData } from '../catalog/catalog-data.ts';
import { DATA_CATEGORY_IDS } from '../model/data-category.ts';
import { loadItemModel } from './model/load-item-model.ts';
import { prepareRanking } from './prepare-ranking.ts';
import { choosePicks } from './rank/rerank-candidates.ts';
import { suggest } from './suggest.ts';
import { recordArbitrary, sampleCandidates } from './test-fixtures.ts';

const CANDIDATES = sampleCandidates(60);
const OPTIONS = {
  k: 10,
  bridge: catalogData().bridge(),
  itemModel: loadItemModel(),
  now: '2027-01-01T00:00:00+01:00',
};

// The tuning (`npm run tune:wonder`) re-ranks one preparation many ways; what it scores must be
// what `suggest` answers with the same knobs.
it('re-ranking a preparation picks exactly what suggest picks, at every dial and with knobs', () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(recordArbitrary(CANDIDATES), {
        minLength: 3,
        maxLength: 20,
        selector: (r) => r.id,
      }),
      fc.constantFrom(0, 0.5, 1),
      fc.constantFrom({}, { diversity: 0.2, tailBonus: 0.01 }),
      (history, dial, knobs) => {
        const options = { ...OPTIONS, dial, knobs };
        const prepared = prepareRanking(history, CANDIDATES, DATA_CATEGORY_IDS, options);
        const picks = choosePicks(prepared.wonderCandidates, options, prepared.profile);
        const ids = picks.map((p) => prepared.pool[p.index]?.item.id);
        expect(ids).toEqual(
          suggest(history, CANDIDATES, DATA_CATEGORY_IDS, options).map((s) => s.itemId),
        );
      },
    ),
    { numRuns: 25, seed: 11 },
  );
});
