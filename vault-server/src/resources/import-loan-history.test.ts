import { catalogData } from '@verwonder/shared/catalog-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';

/** RFC 4180 quoting for the library export we build. */
const cell = (value: string): string =>
  /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A library's loan-history export for a demo persona whose loans are a real goodbooks-sample user's
 * books: real titles (commas, quotes, series in brackets) and author lists, as CSV.
 */
function loanHistoryCsv(personaId: string): { csv: string; titles: string[] } {
  const data = catalogData();
  const persona = data.personaById(personaId);
  if (!persona) throw new Error(`no persona ${personaId}`);
  const header =
    'time,item.id,item.title,item.kind,item.authors,item.genres,data.action,data.branch';
  const titles: string[] = [];
  const lines = persona.loans.map((loan) => {
    const book = data.books().find((b) => b.id === loan.bookId);
    if (!book) throw new Error(`no book ${loan.bookId}`);
    titles.push(book.title.slice(0, 500));
    const row = [
      loan.date,
      book.id,
      book.title.slice(0, 500),
      'book',
      book.authors.slice(0, 50).join('|'),
      book.genres.join('|'),
      'borrowed',
      'Permeke',
    ];
    return row.map(cell).join(',');
  });
  return { csv: [header, ...lines].join('\r\n'), titles };
}

describe('importing a library loan history', () => {
  let server: TestServer;
  let lotte: TestClient;
  beforeAll(async () => {
    server = await startTestServer('sqlite');
    lotte = await server.signUp('lotte');
  });
  afterAll(async () => server?.dispose());

  it('imports every loan of a real reading history and reads the titles back unchanged', async () => {
    const { csv, titles } = loanHistoryCsv('persona-lotte');
    expect(titles.some((title) => title.includes(','))).toBe(true);
    const response = await lotte.fetch(
      '/pods/lotte/loans/import?fileName=permeke-uitleningen.csv',
      {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv; charset=utf-8' },
      },
    );
    expect(response.status).toBe(201);
    expect(((await response.json()) as { imported: number }).imported).toBe(titles.length);
    const page = (await (await lotte.fetch('/pods/lotte/loans/?limit=500')).json()) as {
      contains: { item: { title: string } }[];
    };
    expect(page.contains.map((record) => record.item.title).sort()).toEqual([...titles].sort());
  });
});
