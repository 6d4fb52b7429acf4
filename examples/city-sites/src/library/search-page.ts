import type { Request, Response } from 'express';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { parseQuery } from '../http/parse-query.ts';
import { pageNumber, searchText } from '../http/query-fields.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { markup } from '../shared-ui/html.ts';
import { itemListJsonLd } from '../shared-ui/item-list-json-ld.ts';
import { paginate } from '../shared-ui/paginate.ts';
import { pageHref, pagination, resultCount } from '../shared-ui/pagination.ts';
import { bookCard } from './book-card.ts';
import { bookJsonLd } from './book-json-ld.ts';
import type { BookIndex } from './book-search.ts';
import { genreLabel } from './genre-labels.ts';
import { vaultOrderNote } from '../oauth/vault-banner.ts';
import { bookCandidate, orderByVault } from '../oauth/vault-records.ts';

export const BOOKS_PER_PAGE = 20;

const FIELDS = { alles: 'Alles', titel: 'Titel', auteur: 'Auteur', genre: 'Genre' } as const;
const SORTS = { populair: 'Populair', titel: 'Titel (A-Z)', nieuw: 'Nieuwste eerst' } as const;

export const BookSearchQuery = z.object({
  q: searchText,
  veld: z
    .enum(['alles', 'titel', 'auteur', 'genre'], {
      error: 'Kies alles, titel, auteur of genre als zoekveld.',
    })
    .optional()
    .default('alles'),
  genre: z
    .string({ error: 'Kies één genre.' })
    .regex(/^[a-z0-9_]{0,60}$/, { error: 'Onbekend genre.' })
    .optional()
    .transform((g) => g || undefined),
  sorteer: z
    .enum(['populair', 'titel', 'nieuw'], { error: 'Sorteer op populair, titel of nieuw.' })
    .optional()
    .default('populair'),
  pagina: pageNumber,
});

export function searchPage(ctx: SiteContext, index: BookIndex) {
  return async (req: Request, res: Response): Promise<void> => {
    const query = parseQuery(BookSearchQuery, req.query);
    if (query.genre && !index.genres.has(query.genre)) {
      throw new VerwonderError('invalid_input', 'Onbekend genre', {
        details: {
          problems: [
            {
              parameter: 'genre',
              message: `Het genre "${query.genre}" bestaat niet in de catalogus.`,
            },
          ],
        },
      });
    }
    const result = index.search({
      q: query.q,
      field: query.veld,
      genre: query.genre,
      sort: query.sorteer,
    });
    // With a connected vault, the list comes in the person's order (the vault ranks, the site learns only the order).
    const ordered = await orderByVault(ctx.vault, req, result.books, bookCandidate);
    const page = paginate(ordered.items, query.pagina, BOOKS_PER_PAGE);
    const keep = {
      q: query.q,
      veld: query.veld === 'alles' ? undefined : query.veld,
      genre: query.genre,
      sorteer: query.sorteer === 'populair' ? undefined : query.sorteer,
    };
    const href = (p: number, over: Partial<typeof keep> = {}) =>
      pageHref('/', { ...keep, ...over }, p);
    const base = ctx.directory.library ?? '';
    const heading = query.q
      ? `Zoekresultaten voor "${query.q}"`
      : query.genre
        ? genreLabel(query.genre)
        : 'Alle boeken';
    await sendPage(res, ctx, {
      title: query.q ? `Zoeken: ${query.q}` : 'Catalogus',
      description:
        'Zoek boeken in de catalogus van de Bibliotheek Antwerpen op titel, auteur of genre.',
      activePath: '/',
      crumbs: [{ label: 'Home', href: '/' }, { label: 'Catalogus' }],
      jsonLd: [
        itemListJsonLd(
          heading,
          `${base}${href(page.page)}`,
          page.items.map((b) => bookJsonLd(b, base)),
          page.first,
          page.total,
        ),
      ],
      body: markup`<section class="hero" aria-labelledby="zoek-titel">
  <div class="container">
    <h1 id="zoek-titel">Zoeken in de catalogus</h1>
    <p class="hero__lead">${index.size.toLocaleString('nl-BE')} boeken in de bibliotheken van Antwerpen. Zoek op titel, auteur of genre.</p>
    <form class="search-form" action="/" method="get" role="search">
      <div class="search-form__field">
        <label for="zoek-q">Zoekterm</label>
        <input id="zoek-q" name="q" type="search" value="${query.q ?? ''}" placeholder="Bijvoorbeeld: Tolkien, detective, Harry Potter" maxlength="200">
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-veld">Zoeken in</label>
        <select id="zoek-veld" name="veld">${Object.entries(FIELDS).map(
          ([value, label]) =>
            markup`<option value="${value}"${value === query.veld ? markup` selected` : ''}>${label}</option>`,
        )}</select>
      </div>
      <button class="button button--primary" type="submit">Zoeken</button>
    </form>
  </div>
</section>
<div class="container layout-with-sidebar">
  <aside class="sidebar" aria-labelledby="filter-titel">
    <h2 id="filter-titel">Verfijn op genre</h2>
    <ul class="facet-list">
      ${query.genre ? markup`<li><a href="${href(1, { genre: undefined })}">× Alle genres</a></li>` : ''}
      ${result.genreCounts
        .slice(0, 20)
        .map(
          ([g, n]) =>
            markup`<li><a href="${href(1, { genre: g })}"${g === query.genre ? markup` aria-current="true"` : ''}>${genreLabel(g)} <span class="facet-count">${n}</span></a></li>`,
        )}
    </ul>
  </aside>
  <section class="results-section" aria-labelledby="resultaten-titel">
    <div class="results-header">
      <h2 id="resultaten-titel">${heading}</h2>
      ${resultCount(page, { one: 'boek', many: 'boeken' })}
      <nav class="sort-links" aria-label="Sorteren">Sorteer: ${Object.entries(SORTS).map(
        ([value, label]) =>
          value === query.sorteer
            ? markup`<span aria-current="true">${label}</span>`
            : markup`<a href="${href(1, { sorteer: value === 'populair' ? undefined : (value as 'titel' | 'nieuw') })}">${label}</a>`,
      )}</nav>
    </div>
    ${vaultOrderNote(ordered.rankedBy)}
    <div id="results" class="card-list">
      ${page.items.map((b) => bookCard(b, 3))}
    </div>
    ${page.total === 0 ? markup`<p class="empty">Probeer een andere zoekterm of kies een ander zoekveld.</p>` : ''}
    ${pagination(page, (p) => href(p))}
  </section>
</div>`,
    });
  };
}
