import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_BOOK } from '../test-support/hostile-items.ts';
import { articles, formBody, jsonLdBlocks, listItems } from '../test-support/page-inspection.ts';
import { startTestSites, type TestSites } from '../test-support/start-test-sites.ts';
import { BOOKS_PER_PAGE } from './search-page.ts';

let t: TestSites;
let base: string;
beforeAll(async () => {
  t = await startTestSites();
  base = t.sites.urls.library;
});
afterAll(() => t.sites.close());

describe('library search', () => {
  it('lists books with JSON-LD, microdata and item ids that agree', async () => {
    const { status, body, headers } = await t.get(`${base}/`);
    expect(status).toBe(200);
    expect(headers.get('content-security-policy')).toContain("script-src 'none'");
    const [list] = jsonLdBlocks(body);
    expect(list?.['@type']).toBe('ItemList');
    const items = listItems(list as Record<string, unknown>);
    expect(items).toHaveLength(BOOKS_PER_PAGE);
    expect(items.every((i) => i['@type'] === 'Book')).toBe(true);
    const cards = articles(body);
    expect(cards.map((c) => c.id)).toEqual(items.map((i) => i['identifier']));
    expect(cards.every((c) => c.itemtype === 'https://schema.org/Book')).toBe(true);
    expect(body).toContain('id="results"');
    expect(body).toMatch(/itemprop="author" itemscope itemtype="https:\/\/schema.org\/Person"/);
  });

  it('pages through results', async () => {
    const first = articles((await t.get(`${base}/?sorteer=titel`)).body).map((a) => a.id);
    const second = await t.get(`${base}/?sorteer=titel&pagina=2`);
    expect(second.status).toBe(200);
    const secondIds = articles(second.body).map((a) => a.id);
    expect(secondIds.length).toBeGreaterThan(0);
    expect(secondIds.some((id) => first.includes(id))).toBe(false);
    expect(
      listItems(jsonLdBlocks(second.body)[0] as Record<string, unknown>)[0]?.['position'],
    ).toBe(BOOKS_PER_PAGE + 1);
    expect(second.body).toContain('rel="prev"');
  });

  it('searches by author and filters by genre', async () => {
    const byAuthor = jsonLdBlocks(
      (await t.get(`${base}/?q=tolkien&veld=auteur`)).body,
    )[0] as Record<string, unknown>;
    const books = listItems(byAuthor);
    expect(books.length).toBeGreaterThan(0);
    for (const b of books) {
      expect(JSON.stringify(b['author']).toLowerCase()).toContain('tolkien');
    }
    const fantasy = t.catalog.books().filter((b) => b.genres.includes('fantasy')).length;
    const res = await t.get(`${base}/?genre=fantasy`);
    expect(res.status).toBe(200);
    expect((jsonLdBlocks(res.body)[0] as Record<string, unknown>)['numberOfItems']).toBe(fantasy);
  });

  it.each([
    ['/?pagina=abc', 'paginanummer'],
    ['/?pagina=0', 'begint bij 1'],
    ['/?pagina=1&pagina=2', 'één paginanummer'],
    ['/?pagina=99999', 'bestaat niet'],
    ['/?veld=isbn', 'zoekveld'],
    ['/?genre=geen_genre', 'bestaat niet'],
    [`/?q=${'x'.repeat(201)}`, 'te lang'],
  ])('answers %s with a 400 page that says why', async (path, reason) => {
    const { status, body } = await t.get(`${base}${path}`);
    expect(status).toBe(400);
    expect(body).toContain('Deze aanvraag kunnen we niet verwerken');
    expect(body).toContain(reason);
  });
});

describe('book page', () => {
  const book = () => t.catalog.books()[0]!;

  it('describes the book as schema.org Book in JSON-LD and microdata', async () => {
    const { status, body } = await t.get(`${base}/boek/${book().id}`);
    expect(status).toBe(200);
    const [doc] = jsonLdBlocks(body);
    expect(doc).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Book',
      identifier: book().id,
      name: book().title,
    });
    expect(articles(body)).toEqual([{ id: book().id, itemtype: 'https://schema.org/Book' }]);
    expect(body).toContain(
      '<button class="button button--primary button--block" type="submit">Reserveer</button>',
    );
  });

  it('confirms a reservation and rejects a bad card number', async () => {
    const pickup = t.catalog.venues().find((v) => v.kind === 'library')!;
    const ok = await fetch(
      `${base}/boek/${book().id}/reserveren`,
      formBody({ akaartnummer: '1234 5678 90123', afhaalpunt: pickup.id }),
    );
    expect(ok.status).toBe(200);
    const okBody = await ok.text();
    expect(okBody).toContain('Je reservatie is bevestigd');
    expect(okBody).toContain('•••• 0123');
    const bad = await fetch(
      `${base}/boek/${book().id}/reserveren`,
      formBody({ akaartnummer: '12', afhaalpunt: pickup.id }),
    );
    expect(bad.status).toBe(400);
    const badBody = await bad.text();
    expect(badBody).toContain('13 cijfers');
    expect(badBody).toContain('aria-invalid="true"');
  });

  it('answers an unknown book with 404', async () => {
    const { status, body } = await t.get(`${base}/boek/book-0`);
    expect(status).toBe(404);
    expect(body).toContain('Pagina niet gevonden');
  });

  it('escapes a hostile title everywhere', async () => {
    const { status, body } = await t.get(`${base}/boek/${HOSTILE_BOOK.id}`);
    expect(status).toBe(200);
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<img src=x');
    expect(body).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    // the only script elements are the JSON-LD blocks, and they parse back to the raw title
    expect(body.match(/<script/g)).toHaveLength(1);
    expect(jsonLdBlocks(body)[0]?.['name']).toBe(HOSTILE_BOOK.title);
  });
});

describe('registration', () => {
  it('has labelled fields with name and autocomplete', async () => {
    const { body } = await t.get(`${base}/registreren`);
    for (const [name, autocomplete] of [
      ['naam', 'name'],
      ['email', 'email'],
      ['postcode', 'postal-code'],
    ]) {
      expect(body).toMatch(new RegExp(`<label for="veld-${name}">`));
      expect(body).toMatch(
        new RegExp(`id="veld-${name}" name="${name}"[^>]*autocomplete="${autocomplete}"`),
      );
    }
    expect(body).toMatch(/<label for="veld-akaartnummer">A-kaartnummer/);
  });

  it('welcomes a valid registration and lists the errors of an invalid one', async () => {
    const fields = {
      naam: 'An Peeters',
      email: 'an@voorbeeld.be',
      postcode: '2060',
      akaartnummer: '1234567890123',
      reglement: 'ja',
    };
    const ok = await fetch(`${base}/registreren`, formBody(fields));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Welkom bij de bibliotheek, An Peeters!');
    const bad = await fetch(
      `${base}/registreren`,
      formBody({ ...fields, email: 'geen-mail', reglement: '' }),
    );
    expect(bad.status).toBe(400);
    const body = await bad.text();
    expect(body).toContain('Controleer het formulier');
    expect(body).toContain('href="#veld-email"');
    expect(body).toContain('value="An Peeters"');
  });
});
