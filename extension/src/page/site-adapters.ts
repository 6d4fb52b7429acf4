/**
 * Adapters for the three demo city sites (examples/city-sites). They know what the generic reader
 * cannot: which element is the main result list, which element shows which item (`data-item-id`),
 * and where a badge reads well inside a card. Recognised by the site's body class, not its port,
 * so the adapters work wherever the sites run.
 */
export type SiteKey = 'library' | 'agenda' | 'museum';

export interface SiteAdapter {
  key: SiteKey;
  /** The main list of an overview page, or null on other pages. */
  listContainer(document: Document): Element | null;
  /** Elements showing one item each, keyed by item id (the catalogue id). */
  itemElements(document: Document): Map<string, Element>;
  /** Where a badge goes inside an item's element. */
  badgeAnchor(element: Element): Element;
}

function demoSiteAdapter(key: SiteKey): SiteAdapter {
  return {
    key,
    listContainer: (document) => document.querySelector('#results'),
    itemElements(document) {
      const elements = new Map<string, Element>();
      // Overview cards inside #results; on a detail page, the main article.
      for (const element of document.querySelectorAll(
        '#results article[data-item-id], main > article[data-item-id], main article[data-item-id]',
      )) {
        const id = element.getAttribute('data-item-id')?.trim();
        if (id && !elements.has(id)) elements.set(id, element);
      }
      return elements;
    },
    badgeAnchor: (element) => element.querySelector('.card__body') ?? element,
  };
}

const ADAPTERS: readonly SiteAdapter[] = (['library', 'agenda', 'museum'] as const).map(
  demoSiteAdapter,
);

/** The adapter of the demo site `document` belongs to, if any. */
export function siteAdapterFor(document: Document): SiteAdapter | undefined {
  const body = document.body;
  return body
    ? ADAPTERS.find((adapter) => body.classList.contains(`site--${adapter.key}`))
    : undefined;
}
