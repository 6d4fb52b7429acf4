import { describe, expect, it } from 'vitest';
import { catalogData } from '../catalog/catalog-data.ts';
import { CulturalRecord } from '../model/cultural-record.ts';
import { DATA_CATEGORY_IDS } from '../model/data-category.ts';
import { mostRelevantPerKey } from './most-relevant-per-key.ts';
import { sampleCandidates } from './test-fixtures.ts';

describe('mostRelevantPerKey', () => {
  const markets = catalogData()
    .activities()
    .filter((activity) => activity.title === 'Rommelmarkt');
  // A venue that holds more than one of them, not the first's: a first-come choice would miss it.
  const venues = [...new Set(markets.map((market) => market.venue.id))];
  const favourite = venues.find(
    (venue) =>
      venue !== markets[0]?.venue.id &&
      markets.filter((market) => market.venue.id === venue).length > 1,
  )!;
  const visits = [1, 2, 3, 4].map((n) =>
    CulturalRecord.parse({
      id: `visit-${n}`,
      category: 'visits',
      time: `2026-11-0${n}T10:00:00Z`,
      source: { type: 'person' },
      data: { venueId: favourite },
    }),
  );

  it('keeps one candidate per key, the one at the venue the person visits, in the candidates’ order', () => {
    expect(favourite).toBeDefined();
    const others = sampleCandidates().filter((item) => item.title !== 'Rommelmarkt');
    const candidates = [...markets, ...others];
    const kept = mostRelevantPerKey(
      visits,
      candidates,
      DATA_CATEGORY_IDS,
      {},
      (item) => item.title,
    );
    const keptMarkets = kept.filter((item) => item.title === 'Rommelmarkt');
    expect(keptMarkets).toHaveLength(1);
    expect(keptMarkets[0]!.kind === 'activity' && keptMarkets[0]!.venue.id).toBe(favourite);
    expect(kept.filter((item) => item.title !== 'Rommelmarkt')).toEqual(
      candidates.filter((item) => item.title !== 'Rommelmarkt' && kept.includes(item)),
    );
    expect(new Set(kept.map((item) => item.title)).size).toBe(kept.length);
  });

  it('returns the candidates as they are when every key is unique', () => {
    const candidates = sampleCandidates();
    expect(mostRelevantPerKey([], candidates, DATA_CATEGORY_IDS, {}, (item) => item.id)).toEqual(
      candidates,
    );
  });
});
