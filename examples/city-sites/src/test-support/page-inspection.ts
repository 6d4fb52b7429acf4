/** Helpers for tests that read the served HTML without a browser. */

export function jsonLdBlocks(page: string): Array<Record<string, unknown>> {
  const blocks = [...page.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  return blocks.map((m) => JSON.parse(m[1] as string) as Record<string, unknown>);
}

export interface ArticleMicrodata {
  id: string;
  itemtype: string;
}

/** `<article data-item-id=… itemscope itemtype=…>` elements, in page order. */
export function articles(page: string): ArticleMicrodata[] {
  return [
    ...page.matchAll(
      /<article\b[^>]*\bdata-item-id="([^"]+)"[^>]*\bitemscope\b[^>]*\bitemtype="([^"]+)"/g,
    ),
  ].map((m) => ({
    id: m[1] as string,
    itemtype: m[2] as string,
  }));
}

/** The markup from the element with id="results" onwards (the main list comes first there). */
export function resultsMarkup(page: string): string {
  const at = page.indexOf('id="results"');
  if (at < 0) throw new Error('page has no #results');
  return page.slice(at);
}

/** Items of an ItemList JSON-LD document. */
export function listItems(doc: Record<string, unknown>): Array<Record<string, unknown>> {
  const elements = doc['itemListElement'] as Array<{
    item: Record<string, unknown>;
    position: number;
  }>;
  return elements.map((e) => ({ ...e.item, position: e.position }));
}

export function formBody(fields: Record<string, string>): {
  method: 'POST';
  body: string;
  headers: Record<string, string>;
} {
  return {
    method: 'POST',
    body: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  };
}
