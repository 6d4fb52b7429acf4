import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { IMPORT_LIMITS, validateImport } from './import-records.ts';

/** About 98 KiB of CSV where every line is invalid in several ways. */
const badCsv = (lines: number) =>
  [
    'time,item.id,item.title,item.kind,data.action',
    ...Array.from({ length: lines }, () => 'x,,,y,z'),
  ].join('\n');

describe('a failing import costs unbounded CPU and memory', () => {
  let server: TestServer;
  let ida: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    ida = await server.signUp('ida');
  });
  afterAll(async () => server?.dispose());

  it('stops after a bounded number of line errors and answers a small problem document', async () => {
    const csv = badCsv(12_500);
    expect(csv.length).toBeGreaterThan(97 * 1024);
    const response = await ida.fetch('/pods/ida/loans/import', {
      method: 'POST',
      body: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(response.status).toBe(422);
    const text = await response.text();
    expect(text.length).toBeLessThan(64 * 1024);
    const problem = JSON.parse(text) as { lines: unknown[]; truncated: boolean; detail: string };
    expect(problem.lines).toHaveLength(IMPORT_LIMITS.maxLineErrors);
    expect(problem.truncated).toBe(true);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('validates in batches, letting other work run before a large import is checked', async () => {
    const lines = Array.from(
      { length: 1000 },
      (_, i) => `2024-01-01T00:00:00Z,book-${i},Boek ${i},book,borrowed`,
    );
    const csv = ['time,item.id,item.title,item.kind,data.action', ...lines].join('\n');
    let otherWorkRan = false;
    setImmediate(() => {
      otherWorkRan = true;
    });
    const validation = Promise.resolve(validateImport(csv, 'csv', 'loans', undefined)).then(
      (result) => ({ result, otherWorkRanFirst: otherWorkRan }),
    );
    const { result, otherWorkRanFirst } = await validation;
    expect(result.records).toHaveLength(lines.length);
    expect(otherWorkRanFirst).toBe(true);
  });
});
