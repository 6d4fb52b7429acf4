import type { Request, Response } from 'express';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { activityJsonLd } from '../activity/activity-json-ld.ts';
import { parseQuery } from '../http/parse-query.ts';
import { optionalId, searchText } from '../http/query-fields.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { html } from '../shared-ui/html.ts';
import { itemListJsonLd } from '../shared-ui/item-list-json-ld.ts';
import { exhibitionCard, exhibitionPath } from './exhibition-card.ts';
import type { ExhibitionIndex } from './exhibition-index.ts';

export const MuseumQuery = z.object({
  q: searchText,
  museum: optionalId('museum'),
  soort: z
    .enum(['tijdelijk', 'vast', ''], { error: 'Kies tijdelijk of vast.' })
    .optional()
    .transform((s) => (s ? s : undefined)),
});

const KINDS = { '': 'Alles', tijdelijk: 'Tijdelijke tentoonstellingen', vast: 'Vaste collecties' } as const;

export function museumPage(ctx: SiteContext, index: ExhibitionIndex) {
  return (req: Request, res: Response): void => {
    const query = parseQuery(MuseumQuery, req.query);
    if (query.museum && !index.venues.some((v) => v.id === query.museum)) {
      throw new VerwonderError('invalid_input', 'Onbekend museum', {
        details: { problems: [{ parameter: 'museum', message: `Er is geen museum met code "${query.museum}".` }] },
      });
    }
    const now = ctx.now();
    const groups = index.search({ q: query.q, venueId: query.museum, kind: query.soort, now });
    const all = groups.flatMap((g) => g.exhibitions);
    const base = ctx.directory.museum ?? '';
    const title = query.soort === 'vast' ? 'Vaste collecties' : query.soort === 'tijdelijk' ? 'Tentoonstellingen' : 'Tentoonstellingen en collecties';
    const selfUrl = `${base}${req.originalUrl}`;
    sendPage(res, ctx, {
      title,
      description: 'Tentoonstellingen en vaste collecties van de Antwerpse musea.',
      activePath: query.soort ? `/?soort=${query.soort}` : '/',
      crumbs: [{ label: 'Home', href: '/' }, { label: title }],
      jsonLd: [itemListJsonLd(title, selfUrl, all.map((a) => activityJsonLd(a, `${base}${exhibitionPath(a)}`)), 1, all.length)],
      body: html`<section class="hero hero--museum" aria-labelledby="musea-titel">
  <div class="container">
    <h1 id="musea-titel">${title}</h1>
    <p class="hero__lead">Van Rubens tot hedendaagse kunst: ontdek wat er nu te zien is in de Antwerpse musea.</p>
    <form class="search-form" action="/" method="get" role="search">
      <div class="search-form__field">
        <label for="zoek-q">Zoek een tentoonstelling</label>
        <input id="zoek-q" name="q" type="search" value="${query.q ?? ''}" placeholder="Bijvoorbeeld: Rubens, fotografie, mode" maxlength="200">
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-museum">Museum</label>
        <select id="zoek-museum" name="museum"><option value="">Alle musea</option>${index.venues.map(
          (v) => html`<option value="${v.id}"${v.id === query.museum ? html` selected` : ''}>${v.name}</option>`,
        )}</select>
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-soort">Soort</label>
        <select id="zoek-soort" name="soort">${Object.entries(KINDS).map(
          ([value, label]) => html`<option value="${value}"${value === (query.soort ?? '') ? html` selected` : ''}>${label}</option>`,
        )}</select>
      </div>
      <button class="button button--primary" type="submit">Toon</button>
    </form>
  </div>
</section>
<div class="container">
  <p class="result-count"><strong>${all.length}</strong> ${all.length === 1 ? 'tentoonstelling' : 'tentoonstellingen en collecties'} in <strong>${groups.length}</strong> ${groups.length === 1 ? 'museum' : 'musea'}</p>
  <div id="results">
    ${groups.map(
      (g) => html`<section class="museum-group" aria-labelledby="museum-${g.venue.id}">
      <div class="museum-group__header">
        <h2 id="museum-${g.venue.id}">${g.venue.name}</h2>
        <p>${g.venue.address.street}, ${g.venue.address.postalCode} ${g.venue.address.locality}${query.museum ? '' : html` · <a href="/?museum=${g.venue.id}">Alleen ${g.venue.kind === 'museum' ? 'dit museum' : 'deze locatie'}<span class="visually-hidden"> (${g.venue.name})</span></a>`}</p>
      </div>
      <div class="card-grid">${g.exhibitions.map((a) => exhibitionCard(a, base, now))}</div>
    </section>`,
    )}
  </div>
  ${groups.length === 0 ? html`<p class="empty">Geen tentoonstellingen gevonden. <a href="/">Toon alles</a>.</p>` : ''}
</div>`,
    });
  };
}
