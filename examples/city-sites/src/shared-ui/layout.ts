import { breadcrumbs, type Crumb } from './breadcrumbs.ts';
import { markup, type SafeHtml } from './html.ts';
import { jsonLdScript } from './json-ld.ts';
import {
  SITE_LABELS,
  type SiteDirectory,
  type SiteIdentity,
  type SiteKey,
} from './site-identity.ts';

export interface PageOptions {
  site: SiteIdentity;
  directory: SiteDirectory;
  title: string;
  description?: string;
  crumbs: Crumb[];
  body: SafeHtml;
  /** schema.org documents for this page, each in its own ld+json block. */
  jsonLd?: Array<Record<string, unknown>>;
  /** Path of the current section, to mark the active menu item. */
  activePath?: string;
  /** Room for later header actions such as "Koppel met mijn kluis". */
  headerActions?: SafeHtml;
}

const SITE_ORDER: SiteKey[] = ['library', 'agenda', 'museum'];

export function renderPage(o: PageOptions): string {
  const fullTitle = o.title === o.site.name ? o.site.name : `${o.title} | ${o.site.name}`;
  const page = markup`<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fullTitle}</title>
${o.description ? markup`<meta name="description" content="${o.description}">` : ''}
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/city.css">
<link rel="stylesheet" href="/static/${o.site.key}.css">
${(o.jsonLd ?? []).map((doc) => jsonLdScript(doc))}
</head>
<body class="site site--${o.site.key}">
<a class="skip-link" href="#main">Naar de inhoud</a>
<div class="topbar">
  <div class="container topbar__inner">
    <span class="topbar__city">Stad Antwerpen</span>
    <nav aria-label="Websites van de stad">
      <ul class="topbar__sites">${SITE_ORDER.map((key) => {
        const base = o.directory[key];
        if (key === o.site.key)
          return markup`<li><span aria-current="true">${SITE_LABELS[key]}</span></li>`;
        return base ? markup`<li><a href="${base}/">${SITE_LABELS[key]}</a></li>` : '';
      })}</ul>
    </nav>
  </div>
</div>
<header class="site-header">
  <div class="container site-header__inner">
    <a class="brand" href="/">
      <span class="brand__mark" aria-hidden="true">A</span>
      <span class="brand__text"><span class="brand__city">antwerpen</span><span class="brand__site">${o.site.shortName}</span></span>
      <span class="visually-hidden"> – startpagina ${o.site.name}</span>
    </a>
    <nav class="main-nav" aria-label="Hoofdmenu">
      <ul>${o.site.nav.map(
        (link) =>
          markup`<li><a href="${link.href}"${link.href === o.activePath ? markup` aria-current="page"` : ''}>${link.label}</a></li>`,
      )}</ul>
    </nav>
    ${o.headerActions ?? ''}
  </div>
</header>
${breadcrumbs(o.crumbs)}
<main id="main" tabindex="-1">
${o.body}
</main>
<footer class="site-footer">
  <div class="container site-footer__inner">
    <section aria-labelledby="footer-contact">
      <h2 id="footer-contact">${o.site.name}</h2>
      <address>${o.site.contact.lines.map((line) => markup`${line}<br>`)}
        <a href="mailto:${o.site.contact.email}">${o.site.contact.email}</a><br>
        <a href="tel:${o.site.contact.phone.replace(/\s/g, '')}">${o.site.contact.phone}</a>
      </address>
    </section>
    <section aria-labelledby="footer-help">
      <h2 id="footer-help">Hulp nodig?</h2>
      <ul>
        <li>Bel 03 22 11 333 (Antwerpen Info)</li>
        <li>Elke werkdag van 8.30 tot 17 uur</li>
      </ul>
    </section>
    <section aria-labelledby="footer-demo">
      <h2 id="footer-demo">Over deze website</h2>
      <p>Demonstratiewebsite van het Verwonder-project. Gegevens: goodbooks-10k (CC BY-SA 4.0, Zygmunt Zając) en de UiTdatabank-taxonomie (publiq).</p>
    </section>
  </div>
  <div class="site-footer__base"><div class="container">© Stad Antwerpen – demo</div></div>
</footer>
</body>
</html>
`;
  return page.value;
}
