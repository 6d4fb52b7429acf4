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
});
