import { markup, type SafeHtml } from './html.ts';

export interface Crumb {
  label: string;
  /** Omitted for the current page. */
  href?: string;
}

export function breadcrumbs(crumbs: Crumb[]): SafeHtml {
  return markup`<nav class="breadcrumbs" aria-label="Kruimelpad"><div class="container"><ol>${crumbs.map(
    (c, i) =>
      c.href && i < crumbs.length - 1
        ? markup`<li><a href="${c.href}">${c.label}</a></li>`
        : markup`<li><span aria-current="page">${c.label}</span></li>`,
  )}</ol></div></nav>`;
}
