import { describe, expect, it } from 'vitest';
import { catalogData } from '../catalog/catalog-data.ts';
import { Book, Activity, Persona, Venue } from '../catalog/index.ts';
import { compactJsonLd, expandJsonLd } from './compact-json-ld.ts';
import { JSON_LD_TYPES, stripJsonLd, toJsonLd } from './to-json-ld.ts';

/** Items of every shape the catalogue has: one per kind, schema.org type and calendar type. */
function representativeItems() {
  const catalog = catalogData();
  const seen = new Map<string, Book | Activity>();
  for (const book of catalog.books().slice(0, 50))
    seen.set(`book:${book.description ? 'd' : '-'}`, book);
  for (const activity of catalog.activities()) {
    seen.set(`${activity.schemaType}:${activity.calendar.type}:${activity.price.isFree}`, activity);
  }
  return [...seen.values()];
}

async function roundTrip(type: string, value: object) {
  const expanded = await expandJsonLd(toJsonLd(type, value));
  expect(expanded).toHaveLength(1);
  return stripJsonLd(await compactJsonLd(expanded));
}

describe('JSON-LD round trip of the catalogue', () => {
  it('books and activities of every shape compact back without loss', async () => {
    const items = representativeItems();
    expect(items.length).toBeGreaterThan(10);
    for (const item of items) {
      const back = await roundTrip(item.schemaType, item);
      expect(back, item.id).toEqual(item);
      expect((item.kind === 'book' ? Book : Activity).parse(back)).toEqual(item);
    }
  });

  it('venues and personas compact back without loss', async () => {
    const catalog = catalogData();
    for (const venue of catalog.venues().slice(0, 10)) {
      expect(Venue.parse(await roundTrip(JSON_LD_TYPES.venue, venue))).toEqual(venue);
    }
    const persona = catalog.personas()[0]!;
    expect(Persona.parse(await roundTrip(JSON_LD_TYPES.persona, persona))).toEqual(persona);
  });
});

describe('schema.org types', () => {
  it('every schema type in the catalogue maps to schema.org, not to the local vocabulary', async () => {
    const types = new Set(
      catalogData()
        .items()
        .map((item) => item.schemaType),
    );
    for (const type of types) {
      const [node] = (await expandJsonLd(toJsonLd(type, { title: 'x' }))) as Array<{
        '@type': string[];
      }>;
      expect(node!['@type']).toEqual([`https://schema.org/${type}`]);
    }
  });
});
