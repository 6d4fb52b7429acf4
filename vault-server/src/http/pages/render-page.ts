import type { Request } from 'express';
import { escapeHtml } from '@verwonder/shared/html/escape-html.ts';
import { readCookie } from '../cookies.ts';
import { MESSAGES, type Lang, type Messages } from './messages.ts';
import { ownerNav } from './owner-nav.ts';
import { LANG_COOKIE } from './remember-lang.ts';

/** Everything interpolated into a page goes through here: shared's one escape. */
export { escapeHtml };

/** Tagged template that escapes every interpolation unless it is already rendered `Html`. */
export class Html {
  constructor(readonly value: string) {}
}
export function html(strings: TemplateStringsArray, ...values: unknown[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    const rendered = Array.isArray(value)
      ? value.map((v) => (v instanceof Html ? v.value : escapeHtml(String(v)))).join('')
      : value instanceof Html
        ? value.value
        : escapeHtml(String(value ?? ''));
    out += rendered + (strings[index + 1] ?? '');
  });
  return new Html(out);
}

export function pageLang(req: Request): Lang {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : undefined;
  if (asked === 'en' || asked === 'nl') return asked;
  const remembered = readCookie(req.headers.cookie, LANG_COOKIE);
  if (remembered === 'en' || remembered === 'nl') return remembered;
  return req.acceptsLanguages('nl', 'en') === 'en' ? 'en' : 'nl';
}

/**
 * The header's language link: this page with only `lang` changed, so a switch keeps the rest of the
 * query (a category, a return_to). The query is the visitor's input: URLSearchParams re-encodes it
 * and html`` escapes the attribute. The fragment never reaches the server: vault.js adds it.
 */
export function languageHref(url: string | undefined, lang: Lang): string {
  const at = url?.indexOf('?') ?? -1;
  const params = new URLSearchParams(at < 0 ? '' : url!.slice(at + 1));
  params.set('lang', lang);
  return `?${params}`;
}

/**
 * A whole page. No inline script: behaviour comes from /static files (CSP), texts for scripts travel in
 * a JSON data block, which the browser never executes.
 */
export function renderPage(
  lang: Lang,
  title: string,
  body: Html,
  scripts: string[],
  options: {
    signedIn?: boolean;
    /** The request's URL (`req.originalUrl`), for the language link; without it only lang is kept. */
    url?: string;
  } = {},
): string {
  const t: Messages = MESSAGES[lang];
  const other: Lang = lang === 'nl' ? 'en' : 'nl';
  const messages = JSON.stringify(t).replace(/</g, '\\u003c');
  return html`<!doctype html>
    <html lang="${lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title} · ${t.appName}</title>
        <link rel="stylesheet" href="/static/vault.css" />
        <script type="application/json" id="messages">
          ${new Html(messages)}
        </script>
        ${scripts.map((src) => html`<script src="${src}" defer></script>`)}
      </head>
      <body>
        <header>
          <a class="brand" href="${options.signedIn ? '/vault/for-you' : '/signin'}?lang=${lang}"
            >${t.appName}</a
          >
          <nav aria-label="${t.appName}">
            ${
              options.signedIn
                ? html`<a href="/account?lang=${lang}">${t.account}</a>
                    <a href="/welcome?lang=${lang}">${t.interests}</a>
                    ${new Html(ownerNav(lang))}`
                : html`<a href="/signin?lang=${lang}">${t.signIn}</a>
                    <a href="/signup?lang=${lang}">${t.signUp}</a>`
            }
            <a href="${languageHref(options.url, other)}" lang="${other}">${t.language}</a>
          </nav>
        </header>
        <main id="main" data-lang="${lang}">
          <h1>${title}</h1>
          ${body}
          <p id="status" role="status" aria-live="polite"></p>
        </main>
      </body>
    </html>`.value;
}
