import fc from 'fast-check';
import type { CatalogItem } from '../catalog/catalog-item.ts';
import { catalogData } from '../catalog/catalog-data.ts';
import { CulturalRecord } from '../model/cultural-record.ts';
import { toItemRef } from '../catalog/to-item-ref.ts';

/** A small slice of the real demo catalogue: every 60th item, books and activities. */
export function sampleCandidates(step = 60): CatalogItem[] {
  return catalogData()
    .items()
    .filter((_, i) => i % step === 0);
}

/** Kept under its old name for the tests that use it. */
export const itemRef = toItemRef;

/** A history: `minLength` to `maxLength` records of `recordArbitrary` with distinct ids. */
export function historyArbitrary(
  items: readonly CatalogItem[],
  minLength: number,
  maxLength: number,
): fc.Arbitrary<CulturalRecord[]> {
  return fc.uniqueArray(recordArbitrary(items), { minLength, maxLength, selector: (r) => r.id });
}

/** Records of several categories about real catalogue items, with valid times and ids. */
export function recordArbitrary(items: readonly CatalogItem[]): fc.Arbitrary<CulturalRecord> {
  const when = fc
    .integer({ min: 0, max: 700 })
    .map((d) =>
      new Date(Date.UTC(2025, 0, 1) + d * 86_400_000 + 19 * 3_600_000)
        .toISOString()
        .replace('Z', '+00:00'),
    );
  const item = fc.constantFrom(...items);
  const id = fc.stringMatching(/^r[a-z0-9]{6}$/);
  const src = { type: 'person' as const };
  return fc
    .oneof(
      fc.record({ id, time: when, item }).map(({ id, time, item }) => ({
        id,
        time,
        source: src,
        category: 'loans',
        item: itemRef(item),
        data: { action: 'borrowed' },
      })),
      fc
        .record({ id, time: when, item, price: fc.integer({ min: 5, max: 60 }) })
        .map(({ id, time, item, price }) => ({
          id,
          time,
          source: src,
          category: 'tickets',
          item: itemRef(item),
          data: { quantity: 1, priceEur: price },
        })),
      fc.record({ id, time: when, item }).map(({ id, time, item }) => ({
        id,
        time,
        source: src,
        category: 'browsing',
        item: itemRef(item),
        data: { url: `http://127.0.0.1:4802/item/${item.id}`, pageType: 'item' },
      })),
      fc
        .record({ id, time: when, v: fc.constantFrom('mas', 'rubenshuis', 'desingel') })
        .map(({ id, time, v }) => ({
          id,
          time,
          source: src,
          category: 'visits',
          data: { venueId: v },
        })),
      fc
        .record({
          id,
          time: when,
          lat: fc.integer({ min: 5118, max: 5126 }),
          lon: fc.integer({ min: 436, max: 446 }),
        })
        .map(({ id, time, lat, lon }) => ({
          id,
          time,
          source: src,
          category: 'location',
          location: { latitude: lat / 100, longitude: lon / 100, district: 'Berchem' },
          data: { reason: 'browser' },
        })),
      fc
        .record({
          id,
          time: when,
          item,
          kind: fc.constantFrom('wow', 'thumbs-down', 'thumbs-up', 'dismiss'),
          s: fc.boolean(),
        })
        .map(({ id, time, item, kind, s }) => ({
          id,
          time,
          source: src,
          category: 'feedback',
          item: itemRef(item),
          data: { kind, suggestionId: `sugg-${item.id}`, itemId: item.id, wasSurprise: s },
        })),
      fc.record({ id, time: when, item }).map(({ id, time, item }) => ({
        id,
        time,
        source: src,
        category: 'interests',
        data: {
          themeIds: item.themes.map((t) => t.id).slice(0, 3),
          genres: item.genres.slice(0, 2),
          media: [item.medium],
        },
      })),
    )
    .map((r) => CulturalRecord.parse(r));
}
