import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('the personalisation switch per category on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    bert = await server.signUp('bert');
    const record = loanRecord('De Avonden', daysAgo(60));
    const created = await anna.fetch('/pods/anna/loans/', {
      method: 'POST',
      body: JSON.stringify({ ...record, item: { ...record.item, genres: ['classics'] } }),
    });
    expect(created.status).toBe(201);
  });
  afterAll(async () => server?.dispose());

  const switchOf = async (client: TestClient, pod: string, category: string) =>
    (await (await client.fetch(`/pods/${pod}/personalisation/${category}`)).json()) as {
      personalised: boolean;
    };
  const set = (personalised: unknown) =>
    anna.fetch('/pods/anna/personalisation/loans', {
      method: 'PUT',
      body: JSON.stringify({ personalised }),
    });
  const dnaRecords = async () =>
    ((await (await anna.fetch('/pods/anna/dna')).json()) as { records: number }).records;
  const container = async () =>
    (await (await anna.fetch('/pods/anna/loans/')).json()) as {
      personalised: boolean;
      contains: unknown[];
    };

  it('is on by default; off keeps the records but leaves them out of the DNA; on again brings them back', async () => {
    expect(await switchOf(anna, 'anna', 'loans')).toEqual({
      category: 'loans',
      personalised: true,
    });
    expect(await dnaRecords()).toBe(1);
    expect((await container()).personalised).toBe(true);

    const off = await set(false);
    expect(off.status).toBe(200);
    expect(await off.json()).toEqual({ category: 'loans', personalised: false });
    expect((await switchOf(anna, 'anna', 'loans')).personalised).toBe(false);
    expect(await dnaRecords()).toBe(0);
    // The data stays, and its container says it is not for personalisation.
    expect(await container()).toMatchObject({ personalised: false, contains: [expect.anything()] });
    // Other categories are untouched.
    expect((await switchOf(anna, 'anna', 'tickets')).personalised).toBe(true);

    expect((await set(true)).status).toBe(200);
    expect(await dnaRecords()).toBe(1);
    expect((await container()).personalised).toBe(true);

    const log = (await (await anna.fetch('/pods/anna/audit?limit=1000')).json()) as {
      entries: { action: string; category?: string; detail?: string }[];
    };
    expect(
      log.entries
        .filter((entry) => entry.action === 'personalisation-changed')
        .map((e) => e.detail),
    ).toEqual(['kept out of personalisation', 'used for personalisation']);
  });

  it('takes simultaneous switches of one category without a 500 (review finding: two requests switching a category off at the same time get a 500 on PostgreSQL)', async () => {
    for (let round = 0; round < 5; round += 1) {
      expect((await set(true)).status).toBe(200);
      const answers = await Promise.all([false, false, false, false].map((off) => set(off)));
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
      expect((await switchOf(anna, 'anna', 'loans')).personalised).toBe(false);
    }
    expect((await set(true)).status).toBe(200);
  });

  it('validates the body and the category as problem documents', async () => {
    for (const body of ['yes', null, undefined]) {
      const response = await set(body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    const extra = await anna.fetch('/pods/anna/personalisation/loans', {
      method: 'PUT',
      body: JSON.stringify({ personalised: false, also: 1 }),
    });
    expect(extra.status).toBe(400);
    expect((await anna.fetch('/pods/anna/personalisation/nothing')).status).toBe(400);
  });

  it('answers 404 to anyone but the owner, and logs another account’s try as a refusal', async () => {
    expect((await fetch(`${server.url}/pods/anna/personalisation/loans`)).status).toBe(404);
    const tried = await bert.fetch('/pods/anna/personalisation/loans', {
      method: 'PUT',
      body: JSON.stringify({ personalised: false }),
    });
    expect(tried.status).toBe(404);
    expect((await bert.fetch('/pods/anna/personalisation/loans')).status).toBe(404);
    expect((await switchOf(anna, 'anna', 'loans')).personalised).toBe(true);
    const log = (await (await anna.fetch('/pods/anna/audit?limit=1000')).json()) as {
      entries: { action: string; actor: { type: string } }[];
    };
    expect(
      log.entries.filter((e) => e.action === 'refused' && e.actor.type === 'account').length,
    ).toBeGreaterThanOrEqual(1);
  });

  it('goes with the export and comes back with a restore', async () => {
    expect((await set(false)).status).toBe(200);
    const exported = (await (await anna.fetch('/pods/anna/export')).json()) as {
      personalisationOff: string[];
    };
    expect(exported.personalisationOff).toEqual(['loans']);
    const carla = await server.signUp('carla');
    const restored = await carla.fetch('/pods/carla/restore', {
      method: 'POST',
      body: JSON.stringify(exported),
    });
    expect(restored.status).toBe(201);
    expect((await switchOf(carla, 'carla', 'loans')).personalised).toBe(false);
    expect((await switchOf(carla, 'carla', 'tickets')).personalised).toBe(true);
  });
});
