import { EXAMPLE_RECORDS } from '@verwonder/shared/model/example-records.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  startOAuthTestVault,
  type OAuthTestVault,
  type OwnerLogin,
} from '../oauth/testing/oauth-test-server.ts';
import {
  callPod,
  connect,
  startTestClient,
  type TestClient,
} from '../oauth/testing/test-client.ts';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { daysAgo } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('records past their category’s retention on %s', (engine) => {
  let vault: OAuthTestVault;
  let anna: OwnerLogin;
  let site: TestClient;
  beforeAll(async () => {
    vault = await startOAuthTestVault({ engine });
    anna = await vault.owner('anna');
    site = await startTestClient(vault.url, { name: 'Leessite' });
  });
  afterAll(async () => {
    await site?.close();
    await vault?.close();
  });

  const ownerOf =
    (owner: () => OwnerLogin) =>
    (path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}) =>
      fetch(`${vault.url}${path}`, {
        method,
        headers: {
          cookie: owner().cookie,
          'x-csrf-token': owner().csrfToken,
          'content-type': 'application/json',
          ...headers,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
  const own = ownerOf(() => anna);
  /** A catalogue book, so "Voor jou" gives it as the reason for a suggestion. */
  const loan = (time: string) => ({
    time,
    source: { type: 'person' },
    item: EXAMPLE_RECORDS.loans.item,
    data: { action: 'borrowed', branch: 'Permeke' },
  });
  const retainAs = async (as: ReturnType<typeof ownerOf>, pod: string, days: number) =>
    expect((await as(`/pods/${pod}/retention/loans`, 'PUT', { days })).status).toBe(200);
  const keep = async (days: number) =>
    expect((await own('/pods/anna/retention/loans', 'PUT', { days })).status).toBe(200);
  const problem = async (response: Response) => {
    expect(response.status).toBe(422);
    return (await response.json()) as { code: string; reason?: string };
  };
  const titles = async (path: string, as = own) =>
    ((await (await as(path)).json()) as { contains: unknown[] }).contains.length;

  it('refuses them at every door and leaves them out of every read before the purge (review finding: records past retention are imported and shown)', async () => {
    await keep(30);
    // An import: a line error naming the line, nothing written.
    const imported = await own('/pods/anna/loans/import', 'POST', [
      loan(daysAgo(5)),
      loan(daysAgo(400)),
    ]);
    const refused = (await problem(imported)) as {
      code: string;
      lines: { line: number; errors: { path: string; message: string }[] }[];
    };
    expect(refused.code).toBe('unprocessable');
    expect(refused.lines).toEqual([
      { line: 2, errors: [{ path: 'time', message: expect.stringContaining('retention') }] },
    ]);
    expect(await titles('/pods/anna/loans/')).toBe(0);

    // A single POST, and a PUT moving a record back in time.
    expect(await problem(await own('/pods/anna/loans/', 'POST', loan(daysAgo(400))))).toMatchObject(
      { code: 'unprocessable', reason: 'past_retention' },
    );
    const created = await own('/pods/anna/loans/', 'POST', loan(daysAgo(20)));
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: string }).id.split('/').at(-1)!;
    const moved = await own(`/pods/anna/loans/${id}`, 'PUT', loan(daysAgo(400)), {
      'if-match': '*',
    });
    expect(await problem(moved)).toMatchObject({ reason: 'past_retention' });

    // The 20-day-old loan feeds every view while the pod keeps it...
    const tokens = await connect(site, anna, { scope: 'loans:read dna:read' });
    const read = (path: string) => callPod(site, tokens.access_token, 'GET', `${vault.url}${path}`);
    const forYou = async () => JSON.stringify(await (await own('/pods/anna/for-you')).json());
    const dna = async () => (await (await own('/pods/anna/dna')).json()) as { records: number };
    expect((await dna()).records).toBe(1);
    expect(await forYou()).toContain(EXAMPLE_RECORDS.loans.item.title);
    expect((await read(`/pods/anna/loans/${id}`)).status).toBe(200);

    // ...and none once the owner keeps loans 10 days, though no purge has run.
    await keep(10);
    expect((await own(`/pods/anna/loans/${id}`)).status).toBe(404);
    expect(await titles('/pods/anna/loans/')).toBe(0);
    expect((await dna()).records).toBe(0);
    expect(await forYou()).not.toContain(EXAMPLE_RECORDS.loans.item.title);
    expect((await read(`/pods/anna/loans/${id}`)).status).toBe(404);
    const listed = (await (await read('/pods/anna/loans/')).json()) as { contains: unknown[] };
    expect(listed.contains).toEqual([]);
    const profile = (await (await read('/pods/anna/dna')).json()) as { basedOn: string[] };
    expect(profile.basedOn).toEqual([]);
  });

  it('leaves them out of the pod’s counts and its export before the purge (review finding: counts and export included records past retention awaiting purge)', async () => {
    const bert = await vault.owner('bert');
    const asBert = ownerOf(() => bert);
    const post = async (days: number) => {
      const created = await asBert('/pods/bert/loans/', 'POST', loan(daysAgo(days)));
      expect(created.status).toBe(201);
      return ((await created.json()) as { id: string }).id;
    };
    const counts = async () => {
      const pod = (await (await asBert('/pods/bert/')).json()) as {
        contains: { category: string; records: number }[];
      };
      return pod.contains.find((c) => c.category === 'loans')?.records;
    };
    const exported = async () => {
      const response = await asBert('/pods/bert/export');
      expect(response.status).toBe(200);
      const document = (await response.json()) as { records: { loans?: { '@id': string }[] } };
      return (document.records.loans ?? []).map((node) => node['@id'].split('/').at(-1)).sort();
    };
    const retain = async (days: number) =>
      expect((await asBert('/pods/bert/retention/loans', 'PUT', { days })).status).toBe(200);

    await retain(30);
    const recent = await post(5);
    const older = await post(20);
    expect(await counts()).toBe(2);
    expect(await exported()).toEqual([older, recent].sort());

    // Kept 10 days now: the 20-day-old loan is gone for reads, counts and the export, though no
    // purge has run (its row is still there).
    await retain(10);
    expect(await titles('/pods/bert/loans/', asBert)).toBe(1);
    expect(await counts()).toBe(1);
    expect(await exported()).toEqual([recent]);
    expect((await vault.ctx.storage.records.counts('bert')).get('loans')).toBe(2);
  });

  it('leaves them out of a restore, and a pod holding only them counts as empty (review finding: a restore stored records past retention and refused a pod that looked empty)', async () => {
    const cor = await vault.owner('cor');
    const asCor = ownerOf(() => cor);
    const exported = {
      '@type': 'PodExport',
      records: {
        loans: [loan(daysAgo(5)), loan(daysAgo(40))].map((l, i) => ({
          ...l,
          id: `r${i}`,
          category: 'loans',
        })),
      },
      retention: { loans: 30 },
    };
    // A row the purge has not removed yet: the pod looks empty to its owner.
    await retainAs(asCor, 'cor', 60);
    expect((await asCor('/pods/cor/loans/', 'POST', loan(daysAgo(50)))).status).toBe(201);
    await retainAs(asCor, 'cor', 30);
    const restored = await asCor('/pods/cor/restore', 'POST', exported);
    expect(restored.status).toBe(201);
    expect(await restored.json()).toEqual({ records: 1, consents: 0, pastRetention: 1 });
    expect(await titles('/pods/cor/loans/', asCor)).toBe(1);
    // Only the recent loan is stored: the 40-day-old one never was, the row awaiting the purge went.
    expect((await vault.ctx.storage.records.counts('cor')).get('loans')).toBe(1);
  });

  it('removes the rows awaiting the purge before a restore writes its retention choices (review finding: a restore brought back records the retention had deleted, or refused a pod that looked empty)', async () => {
    // A restore that keeps loans ten years must not bring back the loan retention deleted.
    const dora = await vault.owner('dora');
    const asDora = ownerOf(() => dora);
    await retainAs(asDora, 'dora', 60);
    expect((await asDora('/pods/dora/loans/', 'POST', loan(daysAgo(50)))).status).toBe(201);
    await retainAs(asDora, 'dora', 30);
    const restored = await asDora('/pods/dora/restore', 'POST', {
      '@type': 'PodExport',
      records: { loans: [{ ...loan(daysAgo(5)), id: 'r-new', category: 'loans' }] },
      retention: { loans: 3650 },
    });
    expect(restored.status).toBe(201);
    expect(await titles('/pods/dora/loans/', asDora)).toBe(1);
    expect((await vault.ctx.storage.records.counts('dora')).get('loans')).toBe(1);
    const audit = (await (await asDora('/pods/dora/audit')).json()) as {
      entries: { action: string; detail?: string }[];
    };
    expect(audit.entries.map((entry) => entry.action)).toContain('retention-purge');

    // The pod's own export, restored after its retention was shortened: no clash with its old row,
    // and the export's own retention choice (the default, two years) keeps the loan it lists.
    const eva = await vault.owner('eva');
    const asEva = ownerOf(() => eva);
    expect((await asEva('/pods/eva/loans/', 'POST', loan(daysAgo(50)))).status).toBe(201);
    const exported: unknown = await (await asEva('/pods/eva/export')).json();
    await retainAs(asEva, 'eva', 30);
    const again = await asEva('/pods/eva/restore', 'POST', exported);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual({ records: 1, consents: 0, pastRetention: 0 });
    expect(await titles('/pods/eva/loans/', asEva)).toBe(1);
  });
});
