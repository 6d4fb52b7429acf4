/**
 * Finding: `suggestions:rank` was an oracle on the person's records. A site holding only
 * `suggestions:rank` over loans (no `loans:read`) swept the catalogue through
 * `POST /pods/{pod}/suggestions/rank` and got back what the person had borrowed as a distinguishable
 * tail with score 0; a one-item call with a guessed author, genre or venue said whether any single
 * record had it. These are the attacks, through real HTTP with real DPoP-bound tokens.
 */
import { catalogData } from '@verwonder/shared/catalog-data';
import type * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER } from '../vault-server/src/audit/audit-log.ts';
import { sqlRankBudget } from '../vault-server/src/oauth/store/rank-budget-store.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  decideInVault,
  startAuthorization,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';
import { catalogueLoan } from './support/catalogue-loan.ts';

const catalog = catalogData();
const books = catalog.books();

let vault: OAuthTestVault;
let site: TestClient;

interface RankAnswer {
  status: number;
  body: {
    items?: { id: string; score?: number; categories?: string[] }[];
    code?: string;
    reason?: string;
  };
}

/** One ranking call as the site makes it. */
async function rank(
  tokens: oauth.TokenEndpointResponse,
  pod: string,
  items: object[],
): Promise<RankAnswer> {
  const response = await callPod(
    site,
    tokens.access_token,
    'POST',
    `${vault.url}/pods/${pod}/suggestions/rank`,
    { items },
  );
  // `instance` names the pod's URL; everything else must be comparable between pods.
  const { instance: _, ...body } = (await response.json()) as RankAnswer['body'] & {
    instance?: string;
  };
  return { status: response.status, body };
}

async function write(pod: string, category: 'loans' | 'tickets', record: object): Promise<void> {
  await vault.oauth.deps.records.create(pod, category, record, { actor: OWNER });
}

/** The agenda's position: ranking over loans, and nothing else. */
async function rankOnlyGrant(pod: string, categories = ['loans']) {
  const owner = await vault.owner(pod);
  return connect(site, owner, { scope: 'suggestions:rank', rankCategories: categories });
}

beforeAll(async () => {
  vault = await startOAuthTestVault();
  site = await startTestClient(vault.url, { name: 'Agenda' });
});
afterAll(async () => {
  await site?.close();
  await vault?.close();
});

describe('suggestions:rank is an oracle on the person records', () => {
  // Twelve fantasy books, two of them by the same author: a reader with a taste.
  const fantasy = books.filter((book) => book.genres.includes('fantasy'));
  const byAuthor = new Map<string, typeof books>();
  for (const book of fantasy)
    byAuthor.set(book.authors[0]!, [...(byAuthor.get(book.authors[0]!) ?? []), book]);
  const pair = [...byAuthor.values()].find((list) => list.length >= 3)!.slice(0, 2);
  const borrowed = [...pair, ...fantasy.filter((book) => !pair.includes(book)).slice(0, 10)];
  const borrowedIds = new Set(borrowed.map((book) => book.id));

  /** The finding's reconstruction: what comes after the last scored item, with score 0. */
  const tail = (items: NonNullable<RankAnswer['body']['items']>): string[] => {
    const lastScored = items.findLastIndex((item) => (item.score ?? 0) > 0);
    return items
      .slice(lastScored + 1)
      .filter((item) => item.score === 0)
      .map((item) => item.id);
  };

  it('a catalogue sweep recovers no more of the loan history than chance, and answers as if the loans were of other items', async () => {
    const anna = await rankOnlyGrant('anna');
    // Anna's twin: the same loans, described the same way, but of items that are no candidates.
    const twin = await rankOnlyGrant('twin');
    for (const [index, book] of borrowed.entries()) {
      await write('anna', 'loans', catalogueLoan(book));
      await write('twin', 'loans', catalogueLoan(book, `isbn-${index}`));
    }

    const guesses = new Set<string>();
    const answers: [RankAnswer, RankAnswer][] = [];
    for (let start = 0; start < books.length; start += 500) {
      const chunk = books.slice(start, start + 500).map((book) => ({ id: book.id }));
      const forAnna = await rank(anna, 'anna', chunk);
      answers.push([forAnna, await rank(twin, 'twin', chunk)]);
      for (const id of tail(forAnna.body.items ?? [])) guesses.add(id);
    }
    const recovered = [...guesses].filter((id) => borrowedIds.has(id)).length;
    const chance = (guesses.size * borrowed.length) / books.length;
    expect(recovered).toBeLessThanOrEqual(Math.ceil(chance));
    expect(answers.length).toBeLessThanOrEqual(vault.oauth.deps.config.rankCallsPerDay);
    for (const [forAnna, forTwin] of answers) {
      expect(forAnna.status).toBe(200);
      // No scores, nothing per item but its id: an order.
      for (const item of forAnna.body.items!) expect(Object.keys(item)).toEqual(['id']);
      // Whatever the site infers from anna's answers it would infer from her twin's, whose loans
      // are not among the candidates at all: which items she borrowed is not in the answer.
      expect(forAnna.body).toEqual(forTwin.body);
    }
  });

  it('a one-item probe with a guessed author, genre or venue gets the same answer with and without the matching record', async () => {
    const categories = ['loans', 'tickets'];
    const without = await rankOnlyGrant('carol', categories);
    const withRecord = await rankOnlyGrant('dave', categories);
    for (const pod of ['carol', 'dave'])
      for (const book of borrowed.slice(0, 4)) await write(pod, 'loans', catalogueLoan(book));
    // Dave has one record more: a ticket with an author, a genre and a venue nobody else has.
    await write('dave', 'tickets', {
      time: new Date(Date.now() - 20 * 86_400_000).toISOString(),
      source: { type: 'person' },
      item: {
        id: 'act-secret',
        title: 'Poëzieavond',
        kind: 'activity',
        medium: 'experience',
        genres: ['poetry-slam'],
        authors: ['Wislawa Szymborska'],
        termIds: ['9.9.9.9.9'],
        venueId: 'venue-secret',
      },
      data: { quantity: 1, tariff: 'basis' },
    });
    const guesses = [
      { authors: ['Wislawa Szymborska'] },
      { genres: ['poetry-slam'] },
      { venueId: 'venue-secret' },
      { termIds: ['9.9.9.9.9'] },
    ];
    for (const guess of guesses) {
      const alone = [{ id: 'probe', ...guess }];
      const [a, b] = [await rank(without, 'carol', alone), await rank(withRecord, 'dave', alone)];
      expect(a).toEqual(b);
      expect(a).toMatchObject({
        status: 422,
        body: { code: 'unprocessable', reason: 'too_few_candidates' },
      });
      // Padded to the minimum with items that match nothing, the probe last so any match would lift it.
      const padded = [
        ...Array.from({ length: 19 }, (_, i) => ({ id: `filler-${i}`, genres: [`none-${i}`] })),
        { id: 'probe', ...guess },
      ];
      const [c, d] = [await rank(without, 'carol', padded), await rank(withRecord, 'dave', padded)];
      expect(c.status).toBe(200);
      expect(d).toEqual(c);
    }
  });

  it('refuses fewer than 20 different candidates (duplicates count once) with 422', async () => {
    const tokens = await rankOnlyGrant('erik');
    const items = Array.from({ length: 25 }, (_, i) => ({ id: `item-${i % 19}` }));
    const answer = await rank(tokens, 'erik', items);
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      code: 'unprocessable',
      reason: 'too_few_candidates',
      minimumCandidates: 20,
    });
    expect((await rank(tokens, 'erik', [...items, { id: 'item-19' }])).body.items?.length).toBe(20);
  });

  it('allows a grant its daily calls only, counted in the database all vault processes share (429)', async () => {
    const tokens = await rankOnlyGrant('fien');
    const items = Array.from({ length: 20 }, (_, i) => ({ id: `item-${i}` }));
    expect((await rank(tokens, 'fien', items)).status).toBe(200);
    // Another vault process on the same database spends the rest of today's calls.
    const grants = await vault.oauth.deps.store.listGrants('fien');
    const limit = vault.oauth.deps.config.rankCallsPerDay;
    const day = new Date().toISOString().slice(0, 10);
    const elsewhere = sqlRankBudget(vault.ctx.storage.driver);
    while (await elsewhere.spend(grants[0]!.id, day, limit));
    const refused = await callPod(
      site,
      tokens.access_token,
      'POST',
      `${vault.url}/pods/fien/suggestions/rank`,
      { items },
    );
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      code: 'rate_limited',
      reason: 'rank_budget_exhausted',
      callsPerDay: limit,
    });
  });

  it('the consent page says plainly what ranking over a category can reveal', async () => {
    const owner = await vault.owner('gert');
    const started = await startAuthorization(site, {
      scope: 'suggestions:rank',
      rankCategories: ['loans'],
    });
    const { consentHtml } = await decideInVault(started.url, owner, { decision: 'deny' });
    const reveals = /id="scope-suggestions-rank-reveals">([^<]*)</.exec(consentHtml)?.[1];
    expect(reveals).toMatch(/auteurs/);
    expect(reveals).toMatch(/in minstens twee van je gegevens/);
    expect(reveals).toMatch(/niets wat maar in één van je gegevens staat/);
  });
});
