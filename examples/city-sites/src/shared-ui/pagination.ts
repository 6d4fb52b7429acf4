import { markup, type SafeHtml } from './html.ts';
import { pageWindow, type PageOf } from './paginate.ts';

/** Builds a URL for another page while keeping the current filters. */
export function pageHref(
  path: string,
  params: Record<string, string | undefined>,
  page: number,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  if (page > 1) query.set('pagina', String(page));
  const qs = query.toString();
  return qs ? `${path}?${qs}` : path;
}

export function pagination(result: PageOf<unknown>, href: (page: number) => string): SafeHtml {
  if (result.pageCount <= 1) return markup``;
  const { page, pageCount } = result;
  return markup`<nav class="pagination" aria-label="Paginering">
  <ul>
    <li>${page > 1 ? markup`<a class="pagination__step" href="${href(page - 1)}" rel="prev">‹ Vorige</a>` : markup`<span class="pagination__step is-disabled">‹ Vorige</span>`}</li>
    ${pageWindow(page, pageCount).map((p) =>
      p === null
        ? markup`<li><span class="pagination__gap">…</span></li>`
        : p === page
          ? markup`<li><a href="${href(p)}" aria-current="page" aria-label="Pagina ${p}, huidige pagina">${p}</a></li>`
          : markup`<li><a href="${href(p)}" aria-label="Pagina ${p}">${p}</a></li>`,
    )}
    <li>${page < pageCount ? markup`<a class="pagination__step" href="${href(page + 1)}" rel="next">Volgende ›</a>` : markup`<span class="pagination__step is-disabled">Volgende ›</span>`}</li>
  </ul>
</nav>`;
}

export function resultCount(
  result: PageOf<unknown>,
  noun: { one: string; many: string },
): SafeHtml {
  if (result.total === 0) return markup`<p class="result-count">Geen ${noun.many} gevonden.</p>`;
  return markup`<p class="result-count"><strong>${result.total.toLocaleString('nl-BE')}</strong> ${result.total === 1 ? noun.one : noun.many}${
    result.pageCount > 1
      ? markup` – ${result.first.toLocaleString('nl-BE')} tot ${result.last.toLocaleString('nl-BE')} getoond`
      : ''
  }</p>`;
}
