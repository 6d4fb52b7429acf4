import { describe, expect, it } from 'vitest';
import { parseGrantRow } from './parse-grant-row.ts';

const row = {
  id: 'grant-1',
  pod: 'ana',
  web_id: 'https://vault.example/pods/ana/profile#me',
  client_id: 'https://library.example/client.json',
  client_name: 'Bibliotheek',
  scopes: 'loans:read suggestions:rank',
  purpose: 'dpv:ProvidePersonalisedRecommendations',
  rank_categories: 'loans',
  created_at: '2026-12-01T10:00:00.000Z',
  expires_at: '2027-12-01T10:00:00.000Z',
  revoked_at: null,
  revoked_reason: null,
  consent_document: '{}',
};

describe('parseGrantRow', () => {
  it('parses a row once and hands every later read of the same row the same frozen grant', () => {
    const first = parseGrantRow({ ...row });
    expect(first).toMatchObject({ id: 'grant-1', scopes: ['loans:read', 'suggestions:rank'] });
    expect(parseGrantRow({ ...row })).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    if (!('damaged' in first)) expect(Object.isFrozen(first.scopes)).toBe(true);
  });

  it('parses a changed row afresh: a revocation is seen on the next read', () => {
    parseGrantRow({ ...row, id: 'grant-2' });
    const revoked = parseGrantRow({
      ...row,
      id: 'grant-2',
      revoked_at: '2026-12-02T10:00:00.000Z',
      revoked_reason: 'owner',
    });
    expect(revoked.revokedAt).toBe('2026-12-02T10:00:00.000Z');
  });

  it('reads a row that does not parse as a damaged grant, also from the cache', () => {
    const damaged = { ...row, id: 'grant-3', scopes: 'no-such-scope' };
    expect(parseGrantRow(damaged)).toMatchObject({ damaged: true, id: 'grant-3' });
    expect(parseGrantRow({ ...damaged })).toMatchObject({ damaged: true, id: 'grant-3' });
  });
});
