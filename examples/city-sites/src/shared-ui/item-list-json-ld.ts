/** schema.org ItemList for a result page; each element is the full item document. */
export function itemListJsonLd(
  name: string,
  pageUrl: string,
  items: Array<Record<string, unknown>>,
  firstPosition: number,
  total: number,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name,
    url: pageUrl,
    numberOfItems: total,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: firstPosition + i,
      item,
    })),
  };
}

export function withContext(doc: Record<string, unknown>): Record<string, unknown> {
  return { '@context': 'https://schema.org', ...doc };
}
