import { CulturalRecord } from '@verwonder/shared';
import { describe, expect, it } from 'vitest';
import { FeatureTally, MIN_SUPPORT, STATED_WEIGHT, supportSource } from './coarse-profile-rules.ts';
import { dnaProfile } from './dna-profile.ts';
import { featureKey, rankProfile } from './rank-profile.ts';

function loan(
  recordId: string,
  itemId: string,
  action: 'borrowed' | 'returned' | 'reserved',
  item: { genres?: string[]; termIds?: string[]; authors?: string[] } = {},
  writtenBy?: string,
): CulturalRecord {
  return CulturalRecord.parse({
    id: recordId,
    category: 'loans',
    time: '2026-10-01T10:00:00Z',
    source: writtenBy ? { type: 'client', clientId: writtenBy } : { type: 'person' },
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

const SITE = 'https://agenda.example/oauth/client.json';
const OTHER_SITE = 'https://library.example/oauth/client.json';

describe('the two-item rule holds for the asking site own items and the others apart', () => {
  const own = (id: string) => ({ id: `item:${id}`, askerWrote: true });
  const others = (id: string) => ({ id: `item:${id}`, askerWrote: false });
  const tallyOf = (...sources: Parameters<FeatureTally['add']>[1][]) => {
    const entry = new FeatureTally();
    for (const source of sources) entry.add(1, source);
    return entry;
  };

  it('one item of either group shows nothing', () => {
    expect(MIN_SUPPORT).toBe(2);
    for (const entry of [tallyOf(own('a')), tallyOf(others('a'))]) {
      expect(entry.shown).toBe(false);
      expect(entry.weight).toBe(0);
    }
  });

  it('one own item and one other item show nothing: the site cannot make the second item (review finding: with write scope a site completed the two-item minimum with its own record)', () => {
    const entry = tallyOf(own('site-decoy'), others('secret'));
    expect(entry.shown).toBe(false);
    expect(entry.weight).toBe(0);
    // Even when both are about the same item id.
    expect(tallyOf(own('x'), others('x')).shown).toBe(false);
  });

  it('two own items show, with their weight', () => {
    const entry = tallyOf(own('a'), own('b'));
    expect(entry.shown).toBe(true);
    expect(entry.weight).toBe(2);
  });

  it('two other items show, with their weight; an own item below the minimum adds nothing', () => {
    const entry = tallyOf(others('a'), others('b'));
    expect(entry.shown).toBe(true);
    expect(entry.weight).toBe(2);
    entry.add(1, own('c'));
    expect(entry.weight).toBe(2);
  });

  it('each group above the minimum adds its weight, one below it none', () => {
    expect(tallyOf(own('a'), own('b'), others('c'), others('d')).weight).toBe(4);
    expect(tallyOf(own('a'), own('b'), others('c')).weight).toBe(2);
  });

  it('a stated interest shows at once, and a single item adds no weight to it', () => {
    const entry = tallyOf('stated', others('a'));
    expect(entry.shown).toBe(true);
    expect(entry.weight).toBe(1);
    const stated = new FeatureTally();
    stated.add(STATED_WEIGHT, 'stated');
    expect(stated.weight).toBe(STATED_WEIGHT);
  });

  it('a record is the asking site own only when that client wrote it', () => {
    const byPerson = loan('r1', 'book-1', 'borrowed');
    const bySite = loan('r2', 'book-2', 'borrowed', {}, SITE);
    const byOther = loan('r3', 'book-3', 'borrowed', {}, OTHER_SITE);
    expect(supportSource(bySite, SITE)).toEqual({ id: 'item:book-2', askerWrote: true });
    expect(supportSource(byOther, SITE).askerWrote).toBe(false);
    expect(supportSource(byPerson, SITE).askerWrote).toBe(false);
    // No asking client (no site asks): no record is its own.
    expect(supportSource(bySite).askerWrote).toBe(false);
  });

  it('the ranking profile and the DNA: the site own loan does not complete one loan of the person (review finding: with write scope a site completed the two-item minimum with its own record and read one record through ranking and the DNA)', () => {
    const common = [0, 1, 2].map((n) =>
      loan(`c${n}`, `common-${n}`, 'borrowed', { genres: ['fantasy'], authors: ['Common'] }),
    );
    const personsOne = loan('p1', 'book-secret', 'borrowed', secret);
    const sitesOne = loan('s1', 'site-decoy', 'borrowed', secret, SITE);
    const sitesTwo = [sitesOne, loan('s2', 'site-decoy-2', 'borrowed', secret, SITE)];
    const rank = (records: CulturalRecord[]) => [...rankProfile(records, {}, SITE)];
    const dna = (records: CulturalRecord[]) => dnaProfile(records, SITE);

    // The person's one loan plus the site's one: as if neither were there.
    expect(rank([...common, personsOne, sitesOne])).toEqual(rank(common));
    expect(dna([...common, personsOne, sitesOne])).toEqual(dna(common));
    expect(dna([...common, personsOne, sitesOne]).genres.map((g) => g.id)).toEqual(['fantasy']);

    // The site's own two loans count (it knows them), and the person's one changes nothing.
    expect(
      rankProfile([...common, ...sitesTwo], {}, SITE).has(featureKey('author', 'A. Secret')),
    ).toBe(true);
    expect(rank([...common, ...sitesTwo, personsOne])).toEqual(rank([...common, ...sitesTwo]));
    expect(dna([...common, ...sitesTwo, personsOne])).toEqual(dna([...common, ...sitesTwo]));
  });
});
