import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

/** In year 10000 in UTC (`+010000-01-01T00:30:00.000Z`), which sorted before every date as text. */
const YEAR_10000 = '9999-12-31T23:30:00-01:00';
/** In year -1 in UTC (`-000001-12-31T23:30:00.000Z`). */
const YEAR_MINUS_1 = '0000-01-01T00:30:00+01:00';
/** The last hour of year 9999 in UTC: still accepted. */
const LAST_HOUR = '9999-12-31T22:30:00-01:00';
const MESSAGE = 'the time must fall within the years 0000 to 9999 in UTC';

describeEachEngine('record times outside the years 0000 to 9999 in UTC on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  // Interests are kept until deleted: nothing about retention stands in the way.
  const interest = (time: string) => ({
    time,
    source: { type: 'person' },
    data: { genres: ['history'] },
  });
  const send = (path: string, method: string, body: unknown, headers = {}) =>
    anna.fetch(path, {
      method,
      body: JSON.stringify(body),
      headers: { 'content-type': 'application/json', ...headers },
    });
  const invalid = async (response: Response) => {
    expect(response.status).toBe(400);
    const problem = await response.text();
    expect(problem).toContain('"invalid_input"');
    expect(problem).toContain(MESSAGE);
  };

  it('refuses them at every door, and the last hour of 9999 sorts after today (review finding: a time in year 10000 in UTC sorted before every date)', async () => {
    // POST, in a category kept until deleted and in one with a retention period (where it was
    // refused as past retention, with a false reason).
    for (const time of [YEAR_10000, YEAR_MINUS_1])
      await invalid(await send('/pods/anna/interests/', 'POST', interest(time)));
    await invalid(
      await send('/pods/anna/loans/', 'POST', {
        time: YEAR_10000,
        source: { type: 'person' },
        item: { id: 'book-1', title: 'Toekomst', kind: 'book' },
        data: { action: 'borrowed' },
      }),
    );

    // PUT.
    const today = await send('/pods/anna/interests/', 'POST', interest(daysAgo(1)));
    expect(today.status).toBe(201);
    const location = new URL(today.headers.get('location')!).pathname;
    await invalid(await send(location, 'PUT', interest(YEAR_10000), { 'if-match': '*' }));

    // An import: a line error naming the line.
    const imported = await send('/pods/anna/interests/import', 'POST', [
      interest(daysAgo(2)),
      interest(YEAR_10000),
    ]);
    expect(imported.status).toBe(422);
    expect(((await imported.json()) as { lines: unknown[] }).lines).toEqual([
      { line: 2, errors: [{ path: 'time', message: MESSAGE }] },
    ]);

    // A restore into an empty pod.
    const bert = await server.signUp('bert');
    const restored = await bert.fetch('/pods/bert/restore', {
      method: 'POST',
      body: JSON.stringify({
        '@type': 'PodExport',
        records: { interests: [{ ...interest(YEAR_10000), category: 'interests', id: 'a' }] },
      }),
    });
    await invalid(restored);

    // A time range that would compare as text out of order.
    await invalid(await anna.fetch(`/pods/anna/interests/?from=${encodeURIComponent(YEAR_10000)}`));

    // The last hour of year 9999 is kept, sorts after today, and its page's cursor works.
    expect((await send('/pods/anna/interests/', 'POST', interest(LAST_HOUR))).status).toBe(201);
    const first = await anna.fetch('/pods/anna/interests/?limit=1');
    const times = async (response: Response) =>
      ((await response.json()) as { contains: { time: string }[] }).contains.map((r) => r.time);
    expect(await times(first)).toEqual([daysAgo(1)]);
    const next = /<([^>]+)>;\s*rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    const second = await anna.fetch(new URL(next!).pathname + new URL(next!).search);
    expect(second.status).toBe(200);
    expect(await times(second)).toEqual([LAST_HOUR]);
    const fromYesterday = await anna.fetch(
      `/pods/anna/interests/?from=${encodeURIComponent(daysAgo(2))}`,
    );
    expect(await times(fromYesterday)).toEqual([daysAgo(1), LAST_HOUR]);
  });
});
