import { describe, expect, it } from 'vitest';
import { DATA_CATEGORIES } from '../model/data-category.ts';
import {
  EXAMPLE_AUDIT_ENTRY,
  EXAMPLE_GRANT,
  EXAMPLE_RECORDS,
  EXAMPLE_SUGGESTION,
} from '../model/example-records.ts';
import { AuditEntry, ConsentGrant, CulturalRecord, Feedback, Suggestion } from '../model/index.ts';
import { compactJsonLd, expandJsonLd } from './compact-json-ld.ts';
import { JSON_LD_TYPES, stripJsonLd, toJsonLd } from './to-json-ld.ts';
import { VERWONDER_CONTEXT } from './verwonder-context.ts';

/** Expands a model document with `jsonld` and compacts it back: it must come back unchanged. */
async function roundTrip(type: string, value: object) {
  const document = toJsonLd(type, value);
  const expanded = await expandJsonLd(document);
  expect(expanded.length).toBe(1);
  const compacted = await compactJsonLd(expanded);
  expect(compacted['@type']).toBe(type);
  return { document, expanded, back: stripJsonLd(compacted) };
}

describe('JSON-LD round trip', () => {
  it.each(Object.entries(EXAMPLE_RECORDS))(
    'CulturalRecord (%s) compacts back without loss',
    async (_, example) => {
      const record = CulturalRecord.parse(example);
      const { back } = await roundTrip(JSON_LD_TYPES.record, record);
      expect(CulturalRecord.parse(back)).toEqual(record);
      expect(back).toEqual(record);
    },
  );

  it('ConsentGrant, AuditEntry, Suggestion and Feedback compact back without loss', async () => {
    const cases: Array<[string, object, { parse(value: unknown): unknown }]> = [
      [JSON_LD_TYPES.grant, ConsentGrant.parse(EXAMPLE_GRANT), ConsentGrant],
      [JSON_LD_TYPES.audit, AuditEntry.parse(EXAMPLE_AUDIT_ENTRY), AuditEntry],
      [JSON_LD_TYPES.suggestion, Suggestion.parse(EXAMPLE_SUGGESTION), Suggestion],
      [JSON_LD_TYPES.feedback, Feedback.parse(EXAMPLE_RECORDS.feedback.data), Feedback],
    ];
    for (const [type, value, schema] of cases) {
      const { back } = await roundTrip(type, value);
      expect(schema.parse(back)).toEqual(value);
    }
  });

  it('every data category of the registry compacts back without loss', async () => {
    for (const category of DATA_CATEGORIES.values()) {
      const { back } = await roundTrip(JSON_LD_TYPES.category, category);
      expect(back).toEqual(category);
    }
  });

  it('uses schema.org and DPV IRIs for the terms they define', async () => {
    const { expanded } = await roundTrip(JSON_LD_TYPES.grant, EXAMPLE_GRANT);
    const node = expanded[0] as Record<string, unknown>;
    expect(node['https://w3id.org/dpv#hasPurpose']).toEqual([
      { '@id': 'https://w3id.org/dpv#ProvideProductRecommendations' },
    ]);
    expect(node['https://w3id.org/dpv#hasExpiryTime']).toEqual([
      { '@value': EXAMPLE_GRANT.expiresAt, '@type': 'http://www.w3.org/2001/XMLSchema#dateTime' },
    ]);
  });

  it('refuses documents that point at a remote context instead of fetching it', async () => {
    await expect(
      compactJsonLd({ '@context': 'https://evil.example/context.jsonld', name: 'x' }),
    ).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('keeps the context self-contained', () => {
    expect(JSON.stringify(VERWONDER_CONTEXT)).not.toMatch(/"@import"/);
  });
});
