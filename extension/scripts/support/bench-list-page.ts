/**
 * A library overview page with many books, rendered by the demo library's own templates (layout,
 * cards, JSON-LD), for the extension benchmark: the real site pages stop at 20 per page.
 * Served with the sites' CSP from a supported origin, next to their stylesheets.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

import { catalogData } from '@verwonder/shared/catalog-data';

import { bookCard } from '../../../examples/city-sites/src/library/book-card.ts';
import { bookJsonLd } from '../../../examples/city-sites/src/library/book-json-ld.ts';
import { LIBRARY_IDENTITY } from '../../../examples/city-sites/src/library/library-site.ts';
import { markup } from '../../../examples/city-sites/src/shared-ui/html.ts';
import { itemListJsonLd } from '../../../examples/city-sites/src/shared-ui/item-list-json-ld.ts';
import { renderPage } from '../../../examples/city-sites/src/shared-ui/layout.ts';

const STATIC = new URL('../../../examples/city-sites/src/static/', import.meta.url);
const CSP =
  "default-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none';img-src 'self' data:;style-src 'self';font-src 'self';script-src 'none'";

export function benchListPageHtml(base: string, count: number): string {
  const books = catalogData().books().slice(0, count);
  return renderPage({
    site: LIBRARY_IDENTITY,
    directory: { library: base },
    title: 'Catalogus',
    crumbs: [{ label: 'Home', href: '/' }, { label: 'Catalogus' }],
    jsonLd: [
      itemListJsonLd(
        'Alle boeken',
        `${base}/`,
        books.map((b) => bookJsonLd(b, base)),
        1,
        count,
      ),
    ],
    body: markup`<div class="container"><section class="results-section">
  <h2>Alle boeken</h2>
  <div id="results" class="card-list">${books.map((b) => bookCard(b, 3))}</div>
</section></div>`,
  });
}

/** Serves the page at `/` on `port` (a port the extension runs on) until closed. */
export async function serveBenchListPage(
  port: number,
  count: number,
): Promise<{ url: string; server: Server }> {
  const base = `http://127.0.0.1:${port}`;
  const html = benchListPageHtml(base, count);
  const server = createServer((req, res) => {
    const css = /^\/static\/([a-z]+\.css)$/.exec(req.url ?? '')?.[1];
    if (css) {
      res.writeHead(200, { 'content-type': 'text/css', 'content-security-policy': CSP });
      res.end(readFileSync(new URL(css, STATIC)));
      return;
    }
    res.writeHead(req.url === '/' ? 200 : 404, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CSP,
    });
    res.end(req.url === '/' ? html : 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return { url: `${base}/`, server };
}
