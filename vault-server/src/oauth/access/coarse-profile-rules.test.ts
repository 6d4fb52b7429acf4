import { CulturalRecord } from '@verwonder/shared';
import { describe, expect, it } from 'vitest';
import { dnaProfile } from './dna-profile.ts';
import { featureKey, rankProfile } from './rank-profile.ts';

function loan(
  recordId: string,
  itemId: string,
  action: 'borrowed' | 'returned' | 'reserved',
  item: { genres?: string[]; termIds?: string[]; authors?: string[] } = {},
): CulturalRecord {
  return CulturalRecord.parse({
    id: recordId,
    category: 'loans',
    time: '2026-10-01T10:00:00Z',
    source: { type: 'person' },
    item: { id: itemId, title: itemId, kind: 'book', ...item },
    data: { action },
  });
}

const secret = { genres: ['erotica'], termIds: ['t.secret'], authors: ['A. Secret'] };

describe('the two-item rule of the coarse profiles', () => {
  it('one loan with a repeated genre or theme does not reach the dna:read profile (review finding: one loan with a repeated genre or theme shows up in the profile a dna:read site sees)', () => {
    const twice = { genres: ['erotica', 'erotica'], termIds: ['t.secret', 't.secret'] };
    const profile = dnaProfile([loan('r1', 'book-1', 'borrowed', twice)]);
    expect(profile.themes).toEqual([]);
    expect(profile.genres).toEqual([]);
  });

  it('one book borrowed, reserved and returned counts once (review finding: a single loan stored as borrowed and returned passes the two-record rule and the ranking reveals its author)', () => {
    const oneBook = (['borrowed', 'reserved', 'returned'] as const).map((action, n) =>
      loan(`r${n}`, 'book-9', action, secret),
    );
    expect(rankProfile(oneBook).has(featureKey('author', 'A. Secret'))).toBe(false);
    expect(rankProfile(oneBook).has(featureKey('genre', 'erotica'))).toBe(false);
    expect(dnaProfile(oneBook).genres).toEqual([]);
    expect(dnaProfile(oneBook).themes).toEqual([]);
    // Two different books that share them do count.
    const twoBooks = [...oneBook, loan('r9', 'book-10', 'borrowed', secret)];
    expect(rankProfile(twoBooks).has(featureKey('author', 'A. Secret'))).toBe(true);
    expect(dnaProfile(twoBooks).genres.map((g) => g.id)).toEqual(['erotica']);
  });
});
