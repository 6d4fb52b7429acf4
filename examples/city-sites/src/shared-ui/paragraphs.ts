import { markup, type SafeHtml } from './html.ts';

/** Renders plain text with blank-line separated paragraphs as <p> elements (escaped). */
export function paragraphs(text: string, attrs: { itemprop?: string } = {}): SafeHtml {
  const parts = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const body = parts.map((p) => markup`<p>${p}</p>`);
  return attrs.itemprop
    ? markup`<div class="prose" itemprop="${attrs.itemprop}">${body}</div>`
    : markup`<div class="prose">${body}</div>`;
}
