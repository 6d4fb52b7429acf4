import type { Request, Response } from 'express';
import { z } from 'zod';
import { findEventType } from '@verwonder/shared/catalog/index.ts';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { activityJsonLd } from '../activity/activity-json-ld.ts';
import { parseQuery } from '../http/parse-query.ts';
import { optionalId, optionalIsoDate, pageNumber, searchText } from '../http/query-fields.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import {
  addDays,
  dayKey,
  dayOfWeekIndex,
  formatDay,
  startOfDayInAntwerp,
} from '../shared-ui/dates.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import { itemListJsonLd } from '../shared-ui/item-list-json-ld.ts';
import { paginate } from '../shared-ui/paginate.ts';
import { pageHref, pagination, resultCount } from '../shared-ui/pagination.ts';
import type { AgendaEntry, AgendaIndex } from './agenda-index.ts';
import { eventCard } from './event-card.ts';
import { eventPath } from './event-path.ts';
import { vaultOrderNote } from '../oauth/vault-banner.ts';
import { activityCandidate, orderByVault, withinGroups } from '../oauth/vault-records.ts';

export const EVENTS_PER_PAGE = 20;

export const AgendaQuery = z
  .object({
    q: searchText,
    type: optionalId('type'),
    van: optionalIsoDate,
    tot: optionalIsoDate,
    pagina: pageNumber,
  })
  .refine((q) => !q.van || !q.tot || q.van <= q.tot, {
    path: ['tot'],
    error: 'De einddatum ligt voor de begindatum.',
  });
type AgendaQuery = z.infer<typeof AgendaQuery>;

/** Quick periods relative to today: [label, van, tot]. */
function quickPeriods(today: string): Array<[string, string, string]> {
  const dow = dayOfWeekIndex(today); // 0 = sunday
  const saturday = dow === 0 ? addDays(today, -1) : addDays(today, 6 - dow);
  const monthEnd = addDays(`${today.slice(0, 7)}-01`, 40).slice(0, 7);
  return [
    ['Vandaag', today, today],
    ['Morgen', addDays(today, 1), addDays(today, 1)],
    ['Dit weekend', dow === 0 ? today : saturday, addDays(saturday, 1)],
    ['Komende 7 dagen', today, addDays(today, 6)],
    ['Deze maand', today, addDays(`${monthEnd}-01`, -1)],
  ];
}

function groupByDay(
  entries: AgendaEntry[],
): Array<{ key: string; label: string; entries: AgendaEntry[] }> {
  const groups: Array<{ key: string; label: string; entries: AgendaEntry[] }> = [];
  for (const entry of entries) {
    const key = entry.date ? dayKey(entry.date) : 'doorlopend';
    let group = groups[groups.length - 1];
    if (!group || group.key !== key) {
      group = {
        key,
        label: entry.date ? formatDay(entry.date) : 'Nu te zien en doorlopend',
        entries: [],
      };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

function periodText(query: AgendaQuery): string {
  if (!query.van && !query.tot) return 'Vanaf vandaag';
  const van = query.van ? formatDay(startOfDayInAntwerp(query.van)) : 'vandaag';
  if (query.van && query.van === query.tot) return `Op ${van}`;
  return query.tot
    ? `Van ${van} tot en met ${formatDay(startOfDayInAntwerp(query.tot))}`
    : `Vanaf ${van}`;
}

export function agendaPage(ctx: SiteContext, index: AgendaIndex) {
  return async (req: Request, res: Response): Promise<void> => {
    const query: AgendaQuery = parseQuery(AgendaQuery, req.query);
    if (query.type && !index.types.has(query.type) && !findEventType(query.type)) {
      throw new VerwonderError('invalid_input', 'Onbekend type', {
        details: {
          problems: [{ parameter: 'type', message: `"${query.type}" is geen UiT-evenementtype.` }],
        },
      });
    }
    const now = ctx.now();
    const today = dayKey(now);
    const from = query.van ? startOfDayInAntwerp(query.van) : now;
    const until = query.tot ? startOfDayInAntwerp(addDays(query.tot, 1)) : undefined;
    const result = index.search({ q: query.q, typeId: query.type, from, until });
    // With a connected vault, each day lists its activities in the person's order.
    const ordered = await orderByVault(ctx.vault, req, result.entries, (e) =>
      activityCandidate(e.activity),
    );
    const entries = withinGroups(result.entries, ordered.items, (e) =>
      e.date ? dayKey(e.date) : 'doorlopend',
    );
    const page = paginate(entries, query.pagina, EVENTS_PER_PAGE);
    const keep = { q: query.q, type: query.type, van: query.van, tot: query.tot };
    const href = (p: number, over: Partial<typeof keep> = {}) =>
      pageHref('/', { ...keep, ...over }, p);
    const base = ctx.directory.agenda ?? '';
    const typeLabel = query.type
      ? (index.types.get(query.type) ?? findEventType(query.type))?.label.nl
      : undefined;
    const heading = [typeLabel ?? 'Alle activiteiten', query.q ? `met "${query.q}"` : '']
      .filter(Boolean)
      .join(' ');
    const typeOptions = [...index.types.values()].sort((a, b) =>
      a.label.nl.localeCompare(b.label.nl, 'nl'),
    );
    const chips: SafeHtml[] = quickPeriods(today).map(([label, van, tot]) => {
      const active = query.van === van && query.tot === tot;
      return markup`<li><a class="chip" href="${href(1, { van, tot })}"${active ? markup` aria-current="true"` : ''}>${label}</a></li>`;
    });
    await sendPage(res, ctx, {
      title: typeLabel ? `${typeLabel} in Antwerpen` : 'Agenda',
      description:
        'Wat is er te doen in Antwerpen? Concerten, voorstellingen, tentoonstellingen en meer.',
      activePath: query.type ? `/?type=${query.type}` : '/',
      crumbs: [{ label: 'Home', href: '/' }, { label: 'Agenda' }],
      jsonLd: [
        itemListJsonLd(
          heading,
          `${base}${href(page.page)}`,
          page.items.map((e) => activityJsonLd(e.activity, `${base}${eventPath(e.activity)}`)),
          page.first,
          page.total,
        ),
      ],
      body: markup`<section class="hero" aria-labelledby="agenda-titel">
  <div class="container">
    <h1 id="agenda-titel">Wat is er te doen in Antwerpen?</h1>
    <form class="search-form search-form--agenda" action="/" method="get" role="search">
      <div class="search-form__field">
        <label for="zoek-q">Zoek op titel, plaats of thema</label>
        <input id="zoek-q" name="q" type="search" value="${query.q ?? ''}" placeholder="Bijvoorbeeld: jazz, De Singel, kinderen" maxlength="200">
      </div>
      <div class="search-form__field search-form__field--narrow">
        <label for="zoek-type">Type</label>
        <select id="zoek-type" name="type"><option value="">Alle types</option>${typeOptions.map(
          (t) =>
            markup`<option value="${t.id}"${t.id === query.type ? markup` selected` : ''}>${t.label.nl}</option>`,
        )}</select>
      </div>
      <div class="search-form__field search-form__field--date">
        <label for="zoek-van">Van</label>
        <input id="zoek-van" name="van" type="date" value="${query.van ?? ''}">
      </div>
      <div class="search-form__field search-form__field--date">
        <label for="zoek-tot">Tot en met</label>
        <input id="zoek-tot" name="tot" type="date" value="${query.tot ?? ''}">
      </div>
      <button class="button button--primary" type="submit">Zoeken</button>
    </form>
    <nav aria-label="Snel kiezen op datum"><ul class="chip-list">${chips}</ul></nav>
  </div>
</section>
<div class="container layout-with-sidebar">
  <aside class="sidebar" aria-labelledby="type-titel">
    <h2 id="type-titel">Type</h2>
    <ul class="facet-list">
      ${query.type ? markup`<li><a href="${href(1, { type: undefined })}">× Alle types</a></li>` : ''}
      ${result.typeCounts.map(
        ({ type, count }) =>
          markup`<li><a href="${href(1, { type: type.id })}"${type.id === query.type ? markup` aria-current="true"` : ''}>${type.label.nl} <span class="facet-count">${count}</span></a></li>`,
      )}
    </ul>
  </aside>
  <section class="results-section" aria-labelledby="resultaten-titel">
    <div class="results-header">
      <h2 id="resultaten-titel">${heading}</h2>
      <p class="results-header__scope">${periodText(query)}</p>
      ${resultCount(page, { one: 'activiteit', many: 'activiteiten' })}
    </div>
    ${vaultOrderNote(ordered.rankedBy)}
    <div id="results">
      ${groupByDay(page.items).map(
        (g) => markup`<section class="day-group" aria-labelledby="dag-${g.key}">
        <h3 class="day-group__title" id="dag-${g.key}">${g.label}</h3>
        <div class="card-list">${g.entries.map((e) => eventCard(e, base, 4))}</div>
      </section>`,
      )}
    </div>
    ${page.total === 0 ? markup`<p class="empty">Geen activiteiten in deze periode. Kies een andere datum of een ander type.</p>` : ''}
    ${pagination(page, (p) => href(p))}
  </section>
</div>`,
    });
  };
}
