import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('record containers over HTTP on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  let bert: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
    bert = await server.signUp('bert');
  });
  afterAll(async () => server?.dispose());

  const post = (client: TestClient, body: unknown, headers: Record<string, string> = {}) =>
    client.fetch(`/pods/${client.pod}/loans/`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers,
    });

  it('creates (201 + Location + ETag), reads and lists as JSON-LD', async () => {
    const created = await post(anna, loanRecord('Het smelt', daysAgo(200)), {
      accept: 'application/ld+json',
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const location = created.headers.get('location')!;
    expect(location).toMatch(new RegExp(`^${server.url}/pods/anna/loans/[A-Za-z0-9_-]+$`));
    const body = (await created.json()) as Record<string, unknown>;
    expect(body['@id']).toBe(location);
    expect(body['@context']).toBeDefined();

    const read = await anna.fetch(location, { headers: { accept: 'application/json' } });
    expect(read.status).toBe(200);
    expect(read.headers.get('content-type')).toMatch(/^application\/json/);
    expect(read.headers.get('etag')).toBe(created.headers.get('etag'));
    expect(((await read.json()) as { item: { title: string } }).item.title).toBe('Het smelt');

    await post(anna, loanRecord('Tweede', daysAgo(170)));
    await post(anna, loanRecord('Derde', daysAgo(140)));
    const page = await anna.fetch('/pods/anna/loans/?limit=2');
    const first = (await page.json()) as { contains: { item: { title: string } }[]; next?: string };
    expect(first.contains.map((r) => r.item.title)).toEqual(['Het smelt', 'Tweede']);
    expect(page.headers.get('link')).toContain('rel="next"');
    const second = (await (await anna.fetch(first.next!)).json()) as {
      contains: { item: { title: string } }[];
      next?: string;
    };
    expect(second.contains.map((r) => r.item.title)).toEqual(['Derde']);
    expect(second.next).toBeUndefined();
    const ranged = (await (
      await anna.fetch(`/pods/anna/loans/?from=${daysAgo(185)}&to=${daysAgo(155)}`)
    ).json()) as { contains: unknown[] };
    expect(ranged.contains).toHaveLength(1);
  });

  it('answers 412 to a stale ETag and 428 without If-Match', async () => {
    const created = await post(anna, loanRecord('Versie een'));
    const location = created.headers.get('location')!;
    const etag = created.headers.get('etag')!;
    const put = (ifMatch: string | undefined, title: string) =>
      anna.fetch(location, {
        method: 'PUT',
        body: JSON.stringify(loanRecord(title)),
        headers: ifMatch ? { 'if-match': ifMatch } : {},
      });
    expect((await put(undefined, 'x')).status).toBe(428);
    const first = await put(etag, 'Versie twee');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).not.toBe(etag);
    const stale = await put(etag, 'Versie drie');
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await stale.json()) as { code: string }).code).toBe('precondition_failed');
    const current = (await (await anna.fetch(location)).json()) as { item: { title: string } };
    expect(current.item.title).toBe('Versie twee');
  });

  it('takes If-Match: * as whatever is there, for PUT and DELETE', async () => {
    const location = (await post(anna, loanRecord('Sterretje'))).headers.get('location')!;
    const put = await anna.fetch(location, {
      method: 'PUT',
      body: JSON.stringify(loanRecord('Sterretje twee')),
      headers: { 'if-match': '*' },
    });
    expect(put.status).toBe(200);
    const current = (await (await anna.fetch(location)).json()) as { item: { title: string } };
    expect(current.item.title).toBe('Sterretje twee');
    expect(
      (await anna.fetch(location, { method: 'DELETE', headers: { 'if-match': '*' } })).status,
    ).toBe(204);
    expect((await anna.fetch(location)).status).toBe(404);
  });

  it('answers a container list with an ETag and 304 to If-None-Match until something changes', async () => {
    const first = await anna.fetch('/pods/anna/loans/?limit=500');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await anna.fetch('/pods/anna/loans/?limit=500', {
      headers: { 'if-none-match': etag! },
    });
    expect(again.status).toBe(304);
    await post(anna, loanRecord('Nieuw in de lijst'));
    const changed = await anna.fetch('/pods/anna/loans/?limit=500', {
      headers: { 'if-none-match': etag! },
    });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });

  it('creates nothing new for a repeated Idempotency-Key', async () => {
    const before = (await (await anna.fetch('/pods/anna/loans/?limit=500')).json()) as {
      contains: unknown[];
    };
    const first = await post(anna, loanRecord('Eenmalig'), { 'idempotency-key': 'retry-123' });
    const again = await post(anna, loanRecord('Eenmalig'), { 'idempotency-key': 'retry-123' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    const after = (await (await anna.fetch('/pods/anna/loans/?limit=500')).json()) as {
      contains: unknown[];
    };
    expect(after.contains.length).toBe(before.contains.length + 1);
    const reused = await post(anna, loanRecord('Iets anders'), { 'idempotency-key': 'retry-123' });
    expect(reused.status).toBe(422);
  });

  it('creates one record for concurrent retries with the same key, and keeps the audit chain whole', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, () =>
        post(anna, loanRecord('Gelijktijdig'), { 'idempotency-key': 'burst-1' }),
      ),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.headers.get('location'))).size).toBe(1);
    await Promise.all(
      Array.from({ length: 8 }, () => anna.fetch(responses[0]!.headers.get('location')!)),
    );
    const report = (await (await anna.fetch('/pods/anna/audit/verify')).json()) as {
      problems: unknown[];
      entries: number;
    };
    expect(report.problems).toEqual([]);
  });

  it('answers 400, never 500, to a URL with broken percent-encoding', async () => {
    const response = await anna.fetch(`/pods/%ZZ/loans/`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('invalid_input');
  });

  it('answers 400, never 500, to a list cursor holding a NUL byte (review finding: cursor with NUL gives 500 on PostgreSQL)', async () => {
    await post(anna, loanRecord('Cursorboek', daysAgo(198)));
    const cursor = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    for (const bad of [
      ['2024-05-03T10:00:00.000Z\u0000', 'a'],
      ['2024-05-03T10:00:00.000Z', 'a\u0000'],
      ['not a time', 'a'],
    ]) {
      const listed = await anna.fetch(`/pods/anna/loans/?cursor=${cursor(bad)}`);
      expect(listed.status).toBe(400);
      expect(((await listed.json()) as { code: string }).code).toBe('invalid_input');
    }
    // A cursor the vault itself gave still pages on.
    const first = (await (await anna.fetch('/pods/anna/loans/?limit=1')).json()) as {
      next?: string;
    };
    expect(first.next).toBeDefined();
    expect((await anna.fetch(first.next!)).status).toBe(200);
  });

  it('deletes a record', async () => {
    const location = (await post(anna, loanRecord('Weg ermee'))).headers.get('location')!;
    expect((await anna.fetch(location, { method: 'DELETE' })).status).toBe(204);
    expect((await anna.fetch(location)).status).toBe(404);
  });

  it('validates input and content types with problem documents', async () => {
    const invalid = await post(anna, { ...loanRecord('x'), data: { action: 'stolen' } });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { code: string }).code).toBe('invalid_input');
    const wrongCategory = await post(anna, { ...loanRecord('x'), category: 'tickets' });
    expect(wrongCategory.status).toBe(400);
    const text = await anna.fetch('/pods/anna/loans/', {
      method: 'POST',
      body: 'hello',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    const notAcceptable = await anna.fetch('/pods/anna/loans/', {
      headers: { accept: 'text/html' },
    });
    expect(notAcceptable.status).toBe(406);
    const huge = await post(anna, { ...loanRecord('x'), padding: 'x'.repeat(300_000) });
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { code: string }).code).toBe('payload_too_large');
    expect((await anna.fetch('/pods/anna/unknown-category/')).status).toBe(400);
  });

  it('keeps pods apart and requires a session and the CSRF token', async () => {
    expect((await bert.fetch('/pods/anna/loans/')).status).toBe(403);
    const anonymous = await fetch(`${server.url}/pods/anna/loans/`);
    expect(anonymous.status).toBe(401);
    const noToken = await anna.fetch('/pods/anna/loans/', {
      method: 'POST',
      body: JSON.stringify(loanRecord('x')),
      headers: { 'x-csrf-token': 'wrong' },
    });
    expect(noToken.status).toBe(403);
    expect(((await noToken.json()) as { code: string }).code).toBe('csrf_failed');
    const foreign = await anna.fetch('/pods/anna/loans/', {
      method: 'POST',
      body: JSON.stringify(loanRecord('x')),
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('imports CSV all-or-nothing with per-line errors', async () => {
    const header = 'time,item.id,item.title,item.kind,item.authors,data.action,data.branch';
    const good = [
      header,
      `${daysAgo(330)},book-1,"Gejaagd door de wind",book,Margaret Mitchell,borrowed,Permeke`,
      `${daysAgo(300)},book-2,"De Aanslag",book,Harry Mulisch|Onbekend,returned,`,
    ].join('\n');
    const bad = [
      header,
      `${daysAgo(330)},book-1,Ok,book,,borrowed,`,
      'not-a-date,book-2,Fout,book,,borrowed,',
      `${daysAgo(328)},book-3,Ook fout,book,,eaten,`,
    ].join('\n');
    const csv = (body: string, accept = 'application/json') =>
      bert.fetch('/pods/bert/loans/import?fileName=bib.csv', {
        method: 'POST',
        body,
        headers: { 'content-type': 'text/csv', accept },
      });

    const rejected = await csv(bad);
    expect(rejected.status).toBe(422);
    const problem = (await rejected.json()) as {
      code: string;
      lines: { line: number; errors: { path: string }[] }[];
    };
    expect(problem.code).toBe('unprocessable');
    expect(problem.lines.map((l) => [l.line, l.errors[0]!.path])).toEqual([
      [3, 'time'],
      [4, 'data.action'],
    ]);
    const empty = (await (await bert.fetch('/pods/bert/loans/')).json()) as { contains: unknown[] };
    expect(empty.contains).toEqual([]);

    const accepted = await csv(good);
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as { imported: number }).imported).toBe(2);
    const list = (await (await bert.fetch('/pods/bert/loans/')).json()) as {
      contains: { item: { authors: string[] }; source: unknown }[];
    };
    expect(list.contains[1]!.item.authors).toEqual(['Harry Mulisch', 'Onbekend']);
    expect(list.contains[0]!.source).toEqual({
      type: 'import',
      format: 'csv',
      fileName: 'bib.csv',
    });

    const start = Date.parse(daysAgo(400));
    const lines = Array.from(
      { length: 2500 },
      (_, i) =>
        `${new Date(start + (i % 60) * 1000).toISOString()},b-${i},Boek ${i},book,,borrowed,`,
    );
    const streamed = await csv([header, ...lines].join('\n'), 'application/x-ndjson');
    const events = (await streamed.text())
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { type: string; phase?: string; done?: number; imported?: number },
      );
    expect(events.filter((e) => e.type === 'progress').length).toBeGreaterThanOrEqual(4);
    expect(events.at(-1)).toMatchObject({ type: 'result', imported: 2500 });
  });

  it('imports JSON records', async () => {
    const response = await bert.fetch('/pods/bert/tickets/import', {
      method: 'POST',
      body: JSON.stringify([
        {
          time: daysAgo(10, 20),
          source: { type: 'person' },
          item: { id: 'act-9', title: 'Concert', kind: 'activity' },
          data: { quantity: 2 },
        },
      ]),
    });
    expect(response.status).toBe(201);
  });
});
