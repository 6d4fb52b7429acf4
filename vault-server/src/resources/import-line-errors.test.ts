import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo, loanRecord } from '../testing/test-vault.ts';

const describeEachEngine = await engineSuites();

describeEachEngine('import line errors on %s', (engine) => {
  let server: TestServer;
  let anna: TestClient;
  beforeAll(async () => {
    server = await startTestServer(engine);
    anna = await server.signUp('anna');
  });
  afterAll(async () => server?.dispose());

  const upload = (body: string, type: string) =>
    anna.fetch('/pods/anna/loans/import', {
      method: 'POST',
      body,
      headers: { 'content-type': type },
    });
  const refused = async (response: Response) => {
    expect(response.status).toBe(422);
    const problem = (await response.json()) as {
      code: string;
      lines: { line: number; errors: { path: string; message: string }[] }[];
    };
    expect(problem.code).toBe('unprocessable');
    return problem.lines;
  };
  const stored = async () =>
    ((await (await anna.fetch('/pods/anna/loans/')).json()) as { contains: unknown[] }).contains
      .length;

  it('refuses a row with more cells than the header, naming the line (review finding: a CSV row with more cells than the header loses its extra cells)', async () => {
    const csv = [
      'time,item.id,item.kind,data.action,data.branch,item.title',
      `${daysAgo(3)},book-1,book,borrowed,Permeke,Goed`,
      // An unquoted comma in the title: "World" would have been dropped.
      `${daysAgo(2)},book-2,book,borrowed,Permeke,Hello, World`,
      `${daysAgo(1)},book-3,book,borrowed,Permeke,Title,x,y`,
      // A spreadsheet's trailing separators hold nothing, so nothing is lost.
      `${daysAgo(1)},book-4,book,borrowed,Permeke,Leeg,,`,
    ].join('\n');
    expect(await refused(await upload(csv, 'text/csv'))).toEqual([
      { line: 3, errors: [{ path: '', message: '7 cells, the header has 6' }] },
      { line: 4, errors: [{ path: '', message: '8 cells, the header has 6' }] },
    ]);
    expect(await stored()).toBe(0);
  });

  it('names both lines of a key repeated in the file and the line of a key already in the pod (review finding: a repeated idempotency key in a file names no line)', async () => {
    const keyed = (key: string) => ({ ...loanRecord('Sleutel'), idempotencyKey: key });
    const first = await upload(JSON.stringify([keyed('in-pod')]), 'application/json');
    expect(first.status).toBe(201);
    const ndjson = [keyed('k1'), keyed('k2'), keyed('k1'), keyed('in-pod'), keyed('k1')]
      .map((record) => JSON.stringify(record))
      .join('\n');
    expect(await refused(await upload(ndjson, 'application/x-ndjson'))).toEqual([
      {
        line: 3,
        errors: [
          { path: 'idempotencyKey', message: 'line 3 repeats the idempotencyKey of line 1' },
        ],
      },
      {
        line: 4,
        errors: [
          {
            path: 'idempotencyKey',
            message: 'this idempotencyKey is already used by a record in the pod',
          },
        ],
      },
      {
        line: 5,
        errors: [
          { path: 'idempotencyKey', message: 'line 5 repeats the idempotencyKey of line 1' },
        ],
      },
    ]);
    expect(await stored()).toBe(1);
  });

  it('refuses a cell under an empty header column and a header naming a column twice (review finding: an empty or repeated CSV header column dropped cells silently)', async () => {
    const before = await stored();
    // A spreadsheet ends every line with a separator, the header too: its last column has no name.
    const spreadsheet = [
      'time,item.id,item.kind,data.action,data.branch,item.title,',
      `${daysAgo(3)},book-1,book,borrowed,Permeke,Leeg,`,
      // An unquoted comma in the title: " World" stood under the nameless column and was dropped.
      `${daysAgo(2)},book-2,book,borrowed,Permeke,Hello, World`,
      `${daysAgo(2)},book-3,book,borrowed,Permeke,Hello, World,!`,
    ].join('\n');
    expect(await refused(await upload(spreadsheet, 'text/csv'))).toEqual([
      {
        line: 3,
        errors: [
          { path: '', message: 'column 7 holds a value, but the header gives that column no name' },
        ],
      },
      {
        line: 4,
        errors: [
          { path: '', message: 'column 7 holds a value, but the header gives that column no name' },
        ],
      },
    ]);
    // An empty column in the middle of the header is checked the same way.
    const gap = [
      'time,item.id,,item.kind,item.title,data.action',
      `${daysAgo(2)},book-4,,book,Vol,borrowed`,
      `${daysAgo(2)},book-5,Permeke,book,Vol,borrowed`,
    ].join('\n');
    expect(await refused(await upload(gap, 'text/csv'))).toEqual([
      {
        line: 3,
        errors: [
          { path: '', message: 'column 3 holds a value, but the header gives that column no name' },
        ],
      },
    ]);

    const twice = await upload(
      [
        'time,item.id,item.kind,data.action,data.branch,item.title,item.title',
        `${daysAgo(2)},book-6,book,borrowed,Permeke,Eerste deel,Tweede deel`,
      ].join('\n'),
      'text/csv',
    );
    expect(twice.status).toBe(422);
    const problem = (await twice.json()) as { code: string; detail: string; columns: string[] };
    expect(problem.code).toBe('unprocessable');
    expect(problem.detail).toContain('item.title');
    expect(problem.columns).toEqual(['item.title']);
    expect(await stored()).toBe(before);

    // The spreadsheet's trailing separator with nothing under it still imports.
    const fine = await upload(
      [
        'time,item.id,item.kind,data.action,data.branch,item.title,',
        `${daysAgo(3)},book-7,book,borrowed,Permeke,Leeg,`,
        `${daysAgo(2)},book-8,book,borrowed,Permeke,"Hello, World",`,
        `${daysAgo(1)},book-9,book,borrowed,Permeke,Kort`,
      ].join('\n'),
      'text/csv',
    );
    expect(fine.status, await fine.clone().text()).toBe(201);
    const titles = (
      (await (await anna.fetch('/pods/anna/loans/')).json()) as {
        contains: { item: { id: string; title: string } }[];
      }
    ).contains
      .filter((record) => ['book-7', 'book-8', 'book-9'].includes(record.item.id))
      .map((record) => record.item.title);
    expect(titles.sort()).toEqual(['Hello, World', 'Kort', 'Leeg']);
  });
});
