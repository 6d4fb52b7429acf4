import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../../storage/testing/describe-each-engine.ts';
import { openOAuthTestStore, type OAuthTestStore } from '../testing/oauth-test-store.ts';
import { sqlRankBudget, type RankBudget } from './rank-budget-store.ts';

const T0 = '2024-01-01T00:00:00.000Z';

const describeEachEngine = await engineSuites();

describeEachEngine('the suggestions:rank budget on %s', (engine) => {
  let env: OAuthTestStore;
  let budget: RankBudget;
  beforeAll(async () => {
    env = await openOAuthTestStore(engine);
    await env.engine.storage.accounts.create({
      id: 'acc-anna',
      podName: 'anna',
      displayName: 'Anna',
      userHandle: 'uh-anna',
      createdAt: T0,
    });
    for (const id of ['g1', 'g2', 'g3'])
      await env.store.createGrant({
        id,
        pod: 'anna',
        webId: 'http://localhost:4800/pods/anna/profile#me',
        clientId: 'http://127.0.0.1:4801/oauth/client.json',
        clientName: 'Agenda',
        scopes: ['suggestions:rank'],
        purpose: 'dpv:ProvideEventRecommendations',
        rankCategories: ['loans'],
        createdAt: T0,
        expiresAt: '2030-01-01T00:00:00.000Z',
        revokedAt: null,
        revokedReason: null,
      });
    budget = sqlRankBudget(env.engine.storage.driver);
  });
  afterAll(async () => env?.dispose());

  it('counts calls per grant and day and refuses past the limit', async () => {
    const spent = [];
    for (let i = 0; i < 5; i++) spent.push(await budget.spend('g1', '2026-12-04', 3));
    expect(spent).toEqual([true, true, true, false, false]);
    expect(await budget.used('g1', '2026-12-04')).toBe(3);
    // Another grant, another day: their own budgets.
    expect(await budget.spend('g2', '2026-12-04', 3)).toBe(true);
    expect(await budget.spend('g1', '2026-12-05', 3)).toBe(true);
  });

  it('holds for every process that shares the database (a second store on the same tables)', async () => {
    const other = sqlRankBudget(env.engine.storage.driver);
    expect(await budget.spend('g3', '2026-12-04', 2)).toBe(true);
    expect(await other.spend('g3', '2026-12-04', 2)).toBe(true);
    expect(await budget.spend('g3', '2026-12-04', 2)).toBe(false);
    expect(await other.spend('g3', '2026-12-04', 2)).toBe(false);
  });

  it('lets no two racing calls take the last one', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => budget.spend('g2', '2026-12-06', 4)),
    );
    expect(results.filter(Boolean)).toHaveLength(4);
    expect(await budget.used('g2', '2026-12-06')).toBe(4);
  });

  it('forgets past days', async () => {
    expect(await budget.purgeBefore('2026-12-05')).toBeGreaterThan(0);
    expect(await budget.used('g1', '2026-12-04')).toBe(0);
    expect(await budget.used('g1', '2026-12-05')).toBe(1);
  });
});
