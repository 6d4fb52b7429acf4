import type { Request, Response } from 'express';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { activityJsonLd } from '../activity/activity-json-ld.ts';
import { parseQuery } from '../http/parse-query.ts';
import { optionalId, pageNumber, searchText } from '../http/query-fields.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { markup } from '../shared-ui/html.ts';
import { itemListJsonLd } from '../shared-ui/item-list-json-ld.ts';
import { paginate } from '../shared-ui/paginate.ts';
import { pageHref, pagination, resultCount } from '../shared-ui/pagination.ts';
import { exhibitionCard, exhibitionPath } from './exhibition-card.ts';
import { groupByVenue, type ExhibitionIndex } from './exhibition-index.ts';
import { vaultOrderNote } from '../oauth/vault-banner.ts';
import { activityCandidate, orderByInterests } from '../oauth/vault-records.ts';

export const EXHIBITIONS_PER_PAGE = 24;

export const MuseumQuery = z.object({
  q: searchText,
  museum: optionalId('museum'),
  soort: z
    .enum(['tijdelijk', 'vast', ''], { error: 'Kies tijdelijk of vast.' })
    .optional()
    .transform((s) => (s === '' ? undefined : s)),
  wanneer: z
    .enum(['nu', 'binnenkort', 'alles'], { error: 'Kies nu, binnenkort of alles.' })
    .optional()
    .default('nu'),
  pagina: pageNumber,
});
type MuseumQuery = z.infer<typeof MuseumQuery>;

const KINDS = {
  '': 'Alles',
  tijdelijk: 'Tijdelijke tentoonstellingen',
  vast: 'Vaste collecties',
} as const;
const PERIODS = { nu: 'Nu te zien', binnenkort: 'Binnenkort', alles: 'Nu en later' } as const;

function titleOf(query: MuseumQuery): string {
  if (query.soort === 'vast') return 'Vaste collecties';
  if (query.wanneer === 'binnenkort') return 'Binnenkort in de musea';
  return query.wanneer === 'nu' ? 'Nu te zien in de musea' : 'Tentoonstellingen en collecties';
}

function options<T extends string>(labels: Record<T, string>, current: string) {
  return (Object.entries(labels) as Array<[T, string]>).map(
    ([value, label]) =>
      markup`<option value="${value}"${value === current ? markup` selected` : ''}>${label}</option>`,
  );
}

export function museumPage(ctx: SiteContext, index: ExhibitionIndex) {
  return async (req: Request, res: Response): Promise<void> => {
    const query = parseQuery(MuseumQuery, req.query);
    if (query.museum && !index.venues.some((v) => v.id === query.museum)) {
      throw new VerwonderError('invalid_input', 'Onbekend museum', {
        details: {
          problems: [
            { parameter: 'museum', message: `Er is geen museum met code "${query.museum}".` },
          ],
        },
      });
    }
    const now = ctx.now();
    const found = index.search({
      q: query.q,
      venueId: query.museum,
      kind: query.soort,
      period: query.wanneer,
      now,
    });
    // With a connected vault (dna:read), what fits the person's interests comes first.
    const ordered = orderByInterests(await ctx.vault?.dna(req), found, activityCandidate);
    const page = paginate(ordered.items, query.pagina, EXHIBITIONS_PER_PAGE);
    const keep = {
      q: query.q,
      museum: query.museum,
      soort: query.soort,
      wanneer: query.wanneer === 'nu' ? undefined : query.wanneer,
    };
    const href = (p: number) => pageHref('/', keep, p);
    const base = ctx.directory.museum ?? '';
    const title = titleOf(query);
    const groups = groupByVenue(page.items);
    await sendPage(res, ctx, {
      title,
      description: 'Tentoonstellingen en vaste collecties van de Antwerpse musea.',
      activePath: query.soort
        ? `/?soort=${query.soort}`
        : query.wanneer === 'binnenkort'
          ? '/?wanneer=binnenkort'
          : '/',
      crumbs: [{ label: 'Home', href: '/' }, { label: title }],
      jsonLd: [
        itemListJsonLd(
          title,
          `${base}${href(page.page)}`,
          page.items.map((a) => activityJsonLd(a, `${base}${exhibitionPath(a)}`)),
          page.first,
          page.total,
        ),
      ],
      body: markup`<section class="hero hero--museum" aria-labelledby="musea-titel">
  <div class="container">
    <h1 id="musea-titel">${title}</h1>
    <p class="hero__lead">Van Rubens tot hedendaagse kunst: ontdek wat er te zien is in de Antwerpse musea.</p>
    <form class="search-form" action="/" method="get" role="search">
      <div class="search-form__field">
        <label for="zoek-q">Zoek een tentoonstelling</label>
        <input id="zoek-q" name="q" type="search" value="${query.q ?? ''}" placeholder="Bijvoorbeeld: Rubens, fotografie, mode" maxlength="200">
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-museum">Museum</label>
        <select id="zoek-museum" name="museum"><option value="">Alle musea</option>${index.venues.map(
          (v) =>
            markup`<option value="${v.id}"${v.id === query.museum ? markup` selected` : ''}>${v.name}</option>`,
        )}</select>
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-wanneer">Wanneer</label>
        <select id="zoek-wanneer" name="wanneer">${options(PERIODS, query.wanneer)}</select>
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-soort">Soort</label>
        <select id="zoek-soort" name="soort">${options(KINDS, query.soort ?? '')}</select>
      </div>
      <button class="button button--primary" type="submit">Toon</button>
    </form>
  </div>
</section>
<div class="container">
  ${resultCount(page, { one: 'tentoonstelling of collectie', many: 'tentoonstellingen en collecties' })}
  ${vaultOrderNote(ordered.rankedBy)}
  <div id="results">
    ${groups.map(
      (g) => markup`<section class="museum-group" aria-labelledby="museum-${g.venue.id}">
      <div class="museum-group__header">
        <h2 id="museum-${g.venue.id}">${g.venue.name}</h2>
        <p>${g.venue.address.street}, ${g.venue.address.postalCode} ${g.venue.address.locality}${
          query.museum
            ? ''
            : markup` · <a href="/?museum=${g.venue.id}">Alleen ${g.venue.kind === 'museum' ? 'dit museum' : 'deze locatie'}<span class="visually-hidden"> (${g.venue.name})</span></a>`
        }</p>
      </div>
      <div class="card-grid">${g.exhibitions.map((a) => exhibitionCard(a, base, now))}</div>
    </section>`,
    )}
  </div>
  ${page.total === 0 ? markup`<p class="empty">Geen tentoonstellingen gevonden. <a href="/?wanneer=alles">Toon alles wat nog komt</a>.</p>` : ''}
  ${pagination(page, href)}
</div>`,
    });
  };
}
