import { describe, expect, it } from 'vitest';
import {
  ConsentGrant,
  CulturalRecord,
  DATA_CATEGORIES,
  DATA_CATEGORY_IDS,
  NewCulturalRecord,
  SCOPES,
  Suggestion,
  AuditEntry,
  coarsen,
  formatScopeString,
  grantCategories,
  hasScope,
  isGrantActive,
  parseScopeString,
  purposeIri,
  RecordTime,
  scopeCategory,
  toOdrlPolicy,
} from './index.ts';
import {
  EXAMPLE_AUDIT_ENTRY,
  EXAMPLE_GRANT,
  EXAMPLE_RECORDS,
  EXAMPLE_SUGGESTION,
} from './example-records.ts';

describe('data categories', () => {
  it('has an entry with nl/en labels for every id', () => {
    expect([...DATA_CATEGORIES.keys()]).toEqual([...DATA_CATEGORY_IDS]);
    for (const category of DATA_CATEGORIES.values()) {
      expect(category.description.nl).not.toBe(category.description.en);
      expect(category.description.nl.length).toBeGreaterThan(20);
    }
  });
});

describe('CulturalRecord', () => {
  it.each(Object.entries(EXAMPLE_RECORDS))('accepts the %s example', (_, record) => {
    expect(CulturalRecord.parse(record).category).toBe(record.category);
  });

  it('rejects a record whose data belongs to another category', () => {
    const result = CulturalRecord.safeParse({
      ...EXAMPLE_RECORDS.loans,
      data: EXAMPLE_RECORDS.tickets.data,
    });
    expect(result.success).toBe(false);
  });

  it('rejects unknown fields instead of storing them silently', () => {
    expect(CulturalRecord.safeParse({ ...EXAMPLE_RECORDS.profile, secret: 1 }).success).toBe(false);
  });

  it('refuses a precise location: at most two decimals', () => {
    const precise = {
      ...EXAMPLE_RECORDS.location,
      location: { latitude: 51.21934, longitude: 4.4025 },
    };
    expect(CulturalRecord.safeParse(precise).success).toBe(false);
    expect(coarsen(51.21934, 4.4025)).toEqual({ latitude: 51.22, longitude: 4.4 });
  });

  it('lets a new record come without an id, and not with a malformed one', () => {
    const { id: _id, ...withoutId } = EXAMPLE_RECORDS.loans;
    expect(NewCulturalRecord.parse(withoutId).category).toBe('loans');
    expect(CulturalRecord.safeParse(withoutId).success).toBe(false);
    expect(CulturalRecord.safeParse({ ...EXAMPLE_RECORDS.loans, id: '../etc' }).success).toBe(
      false,
    );
  });

  it('refuses a time whose UTC year is outside 0000 to 9999, which sorts out of order as text (review finding: a time in year 10000 in UTC sorted before every date)', () => {
    const message = 'the time must fall within the years 0000 to 9999 in UTC';
    // In UTC: +010000-01-01T00:30:00.000Z and -000001-12-31T23:30:00.000Z.
    for (const time of ['9999-12-31T23:30:00-01:00', '0000-01-01T00:30:00+01:00']) {
      const result = CulturalRecord.safeParse({ ...EXAMPLE_RECORDS.loans, time });
      expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
        { path: ['time'], message },
      ]);
      expect(NewCulturalRecord.safeParse({ ...EXAMPLE_RECORDS.interests, time }).success).toBe(
        false,
      );
      expect(RecordTime.safeParse(time).success).toBe(false);
    }
    for (const time of [
      '9999-12-31T22:30:00-01:00',
      '9999-12-31T23:59:59.999Z',
      '0000-01-01T00:00:00Z',
      '0000-01-01T00:30:00-01:00',
    ])
      expect(CulturalRecord.safeParse({ ...EXAMPLE_RECORDS.loans, time }).success).toBe(true);
    // Not a date at all: the format's own message, not this one as well.
    expect(RecordTime.safeParse('2024-02-31T00:00:00Z').error?.issues).toHaveLength(1);
  });
});

describe('scopes', () => {
  it('has a read and a write scope per category plus dna:read and suggestions:rank', () => {
    expect(SCOPES).toHaveLength(DATA_CATEGORY_IDS.length * 2 + 2);
    expect(parseScopeString('loans:write  suggestions:rank loans:write')).toEqual([
      'loans:write',
      'suggestions:rank',
    ]);
    expect(formatScopeString(['dna:read', 'tickets:write'])).toBe('dna:read tickets:write');
  });

  it('rejects an unknown scope with invalid_scope', () => {
    expect(() => parseScopeString('loans:read admin')).toThrowError(
      expect.objectContaining({ code: 'invalid_scope' }),
    );
  });

  it('maps record scopes to their category', () => {
    expect(scopeCategory('museum-app:read')).toEqual({ category: 'museum-app', access: 'read' });
    expect(scopeCategory('dna:read')).toBeUndefined();
    expect(scopeCategory('suggestions:rank')).toBeUndefined();
    expect(hasScope(['loans:write'], 'loans', 'read')).toBe(false);
  });
});

describe('ConsentGrant', () => {
  it('is active until it expires or is revoked', () => {
    const grant = ConsentGrant.parse(EXAMPLE_GRANT);
    expect(isGrantActive(grant, new Date('2026-12-01T00:00:00Z'))).toBe(true);
    expect(isGrantActive(grant, new Date('2027-02-01T00:00:00Z'))).toBe(false);
    expect(
      isGrantActive(
        { ...grant, revokedAt: '2026-11-01T00:00:00Z' },
        new Date('2026-12-01T00:00:00Z'),
      ),
    ).toBe(false);
    expect(grantCategories(grant)).toEqual(['loans']);
  });

  it('refuses a grant that ends before it starts', () => {
    expect(
      ConsentGrant.safeParse({ ...EXAMPLE_GRANT, expiresAt: '2025-01-01T00:00:00Z' }).success,
    ).toBe(false);
  });

  it('becomes an ODRL agreement with a DPV purpose constraint', () => {
    const policy = toOdrlPolicy(EXAMPLE_GRANT) as { permission: Array<Record<string, unknown>> };
    expect(policy.permission[0]).toMatchObject({
      target: 'http://127.0.0.1:4800/pods/anna/loans/',
      action: 'modify',
    });
    expect(purposeIri('dpv:ProvideEventRecommendations')).toBe(
      'https://w3id.org/dpv#ProvideEventRecommendations',
    );
  });
});

describe('other model objects', () => {
  it('accepts the examples', () => {
    expect(AuditEntry.parse(EXAMPLE_AUDIT_ENTRY).seq).toBe(7);
    expect(Suggestion.parse(EXAMPLE_SUGGESTION).isSurprise).toBe(true);
  });
});
