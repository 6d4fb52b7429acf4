import { catalogData } from '@verwonder/shared/catalog-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from '../testing/test-server.ts';
import { daysAgo } from '../testing/test-vault.ts';

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
    // Her history goes back further than the two years loans are kept by default, and the vault
    // refuses records past retention: she keeps loans until she deletes them.
    const kept = await lotte.fetch('/pods/lotte/retention/loans', {
      method: 'PUT',
      body: JSON.stringify({ days: null }),
    });
    expect(kept.status).toBe(200);
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

  it('reads a data.rating column as a number of stars, an empty cell as no rating', async () => {
    const csv = (rows: string[]) =>
      lotte.fetch('/pods/lotte/loans/import?fileName=beoordeeld.csv', {
        method: 'POST',
        body: ['time,item.id,item.title,item.kind,data.action,data.rating', ...rows].join('\n'),
        headers: { 'content-type': 'text/csv' },
      });
    // Stars are whole numbers from 1 to 5: anything else refuses the whole file.
    const refused = await csv([
      `${daysAgo(20)},rated-x,X,book,borrowed,6`,
      `${daysAgo(19)},rated-y,Y,book,borrowed,vier`,
    ]);
    expect(refused.status).toBe(422);
    const problem = (await refused.json()) as { lines: { errors: { path: string }[] }[] };
    expect(problem.lines.map((line) => line.errors[0]!.path)).toEqual([
      'data.rating',
      'data.rating',
    ]);
    const accepted = await csv([
      `${daysAgo(20)},rated-4,Vier sterren,book,borrowed,4`,
      `${daysAgo(19)},rated-none,Geen sterren,book,borrowed,`,
    ]);
    expect(accepted.status).toBe(201);
    const page = (await (await lotte.fetch('/pods/lotte/loans/?limit=500')).json()) as {
      contains: { item: { id: string }; data: unknown }[];
    };
    const data = (id: string) => page.contains.find((record) => record.item.id === id)?.data;
    expect(data('rated-4')).toStrictEqual({ action: 'borrowed', rating: 4 });
    expect(data('rated-none')).toStrictEqual({ action: 'borrowed' });
  });
});
