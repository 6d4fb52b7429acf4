/**
 * One algorithm (issue 11): the extension ranks city sites with the product's `suggest`, from the
 * person's vault records as it reads them (vault/to-taste.ts, then ranking/to-history.ts). Whatever
 * of a record the DNA weighs must survive that trip, or the extension ranks with another profile
 * than the vault's "Voor jou" and the evaluation (the loan's stars and the item's medium did not).
 */
import { catalogData } from '@verwonder/shared/catalog-data';
import type { CulturalRecord } from '@verwonder/shared/model/cultural-record.ts';
import { affinities, buildDna } from '@verwonder/shared/wonder/dna/build-dna.ts';
import type { DnaFacet } from '@verwonder/shared/wonder/dna/cultural-dna.ts';
import { describe, expect, it } from 'vitest';

import type { CategoryId } from '../extension/src/control/categories.ts';
import { normaliseTerm } from '../extension/src/ranking/item-terms.ts';
import { toHistory } from '../extension/src/ranking/to-history.ts';
import { toTaste, VaultRecordSchema } from '../extension/src/vault/to-taste.ts';

const catalog = catalogData();
const NOW = Date.parse('2026-12-01T12:00:00.000Z');
const daysAgo = (days: number, offset = '+01:00') =>
  new Date(NOW - days * 86_400_000).toISOString().replace('Z', offset).replace('.000', '');

/** What a person's vault holds: loans with and without stars, tickets, reactions. */
function vaultRecords(): CulturalRecord[] {
  const source = { type: 'person' as const };
  const loans = catalog
    .books()
    .slice(0, 40)
    .map((book, i): CulturalRecord => ({
      id: `loan-${i}`,
      category: 'loans',
      time: daysAgo(10 + i * 17),
      source,
      item: {
        id: book.id,
        title: book.title.slice(0, 500),
        kind: 'book',
        medium: 'read',
        termIds: book.themes.map((theme) => theme.id),
        genres: book.genres,
        authors: book.authors,
      },
      data: { action: 'borrowed', ...(i % 3 === 0 ? {} : { rating: 1 + (i % 5) }) },
    }));
  const tickets = catalog
    .activities()
    .slice(0, 15)
    .map((activity, i): CulturalRecord => ({
      id: `ticket-${i}`,
      category: 'tickets',
      time: daysAgo(5 + i * 23, i % 2 ? '+02:00' : '+01:00'),
      source,
      item: {
        id: activity.id,
        title: activity.title.slice(0, 500),
        kind: 'activity',
        medium: activity.medium,
        termIds: [activity.eventType.id, ...activity.themes.map((theme) => theme.id)],
        genres: activity.genres,
        authors: [],
        venueId: activity.venue.id,
      },
      data: { quantity: 1 + (i % 3), priceEur: 12 * (1 + (i % 3)) },
    }));
  return [...loans, ...tickets];
}

/**
 * The facet's keys and their weights, whatever the record ids; genres spelt as the extension spells
 * them and the pages' items too (`historical_fiction` is "historical fiction", item-terms.ts).
 */
const weights = (history: readonly CulturalRecord[], facet: DnaFacet) =>
  Object.fromEntries(
    affinities(buildDna(history), facet, NOW).map((a) => [
      facet === 'genre' ? normaliseTerm(a.key) : a.key,
      Number(a.weight.toFixed(12)),
    ]),
  );

describe("the extension's profile from the vault's records", () => {
  const records = vaultRecords();
  // As the vault lists them: JSON, read through the extension's own schema.
  const read = records.flatMap((record) =>
    toTaste(
      record.category as CategoryId,
      VaultRecordSchema.parse(JSON.parse(JSON.stringify(record))),
    ),
  );
  const extension = toHistory(read);

  // `venue`: the extension matches a page's items by their place on the page, not by the vault's
  // venue ids, which no page shows (to-history.ts); `district` comes from location records only.
  it.each(['item', 'theme', 'genre', 'author', 'medium', 'day', 'daypart'] as const)(
    'weighs %s as the vault does',
    (facet) => {
      expect(weights(extension, facet)).toEqual(weights(records, facet));
    },
  );
});
