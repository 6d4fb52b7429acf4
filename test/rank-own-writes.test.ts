/**
 * Finding: the coarse profiles behind `suggestions:rank` and `dna:read` show a behavioural feature
 * only once two items have it, but counted the asking site's own records among them. With
 * `loans:write` a site wrote one loan of its own by a guessed author or genre: if the person had
 * exactly one such loan, the feature reached two items and the ranking or the DNA showed it, so
 * the site learnt one record. The asking site's items and everyone else's are now held to the
 * minimum apart. These are the reviewer's attacks, through HTTP with DPoP-bound tokens.
 */
import type * as oauth from 'oauth4webapi';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { OWNER } from '../vault-server/src/audit/audit-log.ts';
import {
  startOAuthTestVault,
  type OAuthTestVault,
} from '../vault-server/src/oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  startTestClient,
  type TestClient,
} from '../vault-server/src/oauth/testing/test-client.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import { daysAgo } from '../vault-server/src/testing/test-vault.ts';

const describeEachEngine = await engineSuites();

const loan = (itemId: string, item: { genres?: string[]; authors?: string[] }) => ({
  time: daysAgo(30),
  source: { type: 'person' },
  item: {
    id: itemId,
    title: itemId,
    kind: 'book',
    medium: 'read',
    genres: [],
    authors: [],
    termIds: [],
    ...item,
  },
  data: { action: 'borrowed' },
});

describeEachEngine('a site writing records of its own on %s', (engine) => {
  let vault: OAuthTestVault;
  let site: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    site = await startTestClient(vault.url, { name: 'Agenda' });
  });
  afterAll(async () => {
    await site?.close();
    await vault?.close();
  });

  /** The person's own records, as they entered them. */
  const personWrites = (pod: string, record: object) =>
    vault.oauth.deps.records.create(pod, 'loans', record, { actor: OWNER });

  const siteWrites = async (tokens: oauth.TokenEndpointResponse, pod: string, record: object) => {
    const created = await callPod(
      site,
      tokens.access_token,
      'POST',
      `${vault.url}/pods/${pod}/loans/`,
      record,
    );
    expect(created.status).toBe(201);
  };

  it('cannot read one loan through the order (review finding: with write scope a site completed the two-item minimum with its own record and read one record through ranking)', async () => {
    // 19 items that match nothing, the probe by the guessed author last: any match lifts it.
    const padded = [
      ...Array.from({ length: 19 }, (_, i) => ({ id: `filler-${i}`, genres: [`none-${i}`] })),
      { id: 'probe', authors: ['Secret Author'] },
    ];
    const rank = async (tokens: oauth.TokenEndpointResponse, pod: string) => {
      const response = await callPod(
        site,
        tokens.access_token,
        'POST',
        `${vault.url}/pods/${pod}/suggestions/rank`,
        { items: padded },
      );
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: { id: string }[] }).items.map((i) => i.id);
    };
    const answers: Record<string, string[][]> = {};
    for (const pod of ['lies', 'mark']) {
      const owner = await vault.owner(pod);
      for (let i = 0; i < 4; i++)
        await personWrites(
          pod,
          loan(`isbn-common-${i}`, { genres: ['fantasy'], authors: ['Common'] }),
        );
      // Only Lies borrowed one book by the author: nothing a site may learn.
      if (pod === 'lies')
        await personWrites(pod, loan('isbn-secret', { authors: ['Secret Author'] }));
      const tokens = await connect(site, owner, {
        scope: 'loans:write suggestions:rank',
        rankCategories: ['loans'],
      });
      const before = await rank(tokens, pod);
      // The site writes one loan of its own by the guessed author.
      await siteWrites(tokens, pod, loan('isbn-site-decoy', { authors: ['Secret Author'] }));
      const afterOne = await rank(tokens, pod);
      // Its own two loans by the author do count: the site knows them.
      await siteWrites(tokens, pod, loan('isbn-site-decoy-2', { authors: ['Secret Author'] }));
      answers[pod] = [before, afterOne, await rank(tokens, pod)];
    }
    const [lies, mark] = [answers.lies!, answers.mark!];
    expect(lies[0]).toEqual(mark[0]);
    expect(lies[1]).toEqual(mark[1]);
    expect(lies[1]!.at(-1)).toBe('probe');
    expect(lies[2]![0]).toBe('probe');
    expect(lies[2]).toEqual(mark[2]);
  });

  it('cannot read one loan through the DNA (review finding: with write scope a site completed the two-item minimum with its own record and read one record through the DNA)', async () => {
    const seen: Record<string, unknown[]> = {};
    for (const pod of ['noor', 'olaf']) {
      const owner = await vault.owner(pod);
      for (let i = 0; i < 4; i++)
        await personWrites(pod, loan(`isbn-c-${i}`, { genres: ['fantasy'] }));
      // Only Noor borrowed one book of this genre.
      if (pod === 'noor') await personWrites(pod, loan('isbn-secret', { genres: ['lgbt'] }));
      const tokens = await connect(site, owner, { scope: 'loans:write dna:read' });
      const dna = async () => {
        const response = await callPod(
          site,
          tokens.access_token,
          'GET',
          `${vault.url}/pods/${pod}/dna`,
        );
        expect(response.status).toBe(200);
        const {
          webId: _,
          generatedAt: __,
          ...profile
        } = (await response.json()) as {
          webId: string;
          generatedAt: string;
          genres: { id: string }[];
        };
        return profile;
      };
      const before = await dna();
      await siteWrites(tokens, pod, loan('isbn-site', { genres: ['lgbt'] }));
      const afterOne = await dna();
      await siteWrites(tokens, pod, loan('isbn-site-2', { genres: ['lgbt'] }));
      seen[pod] = [before, afterOne, await dna()];
    }
    const [noor, olaf] = [seen.noor!, seen.olaf!];
    expect(noor[0]).toEqual(olaf[0]);
    expect(noor[1]).toEqual(olaf[1]);
    expect(noor[1]).toMatchObject({ genres: [{ id: 'fantasy' }] });
    // The site's own two loans show, with the same weight for both.
    expect(noor[2]).toMatchObject({ genres: [{ id: 'fantasy' }, { id: 'lgbt' }] });
    expect(noor[2]).toEqual(olaf[2]);
  });
});
