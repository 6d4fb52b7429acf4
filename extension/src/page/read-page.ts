/**
 * Finds the cultural items on a page: JSON-LD first (richest), microdata to fill gaps and to
 * locate items, a site adapter (when the page is a demo city site) for the elements and the list.
 */
import { toPageItem, type PageItem } from './page-item.ts';
import { jsonLdNodes, uniqueItems } from './read-json-ld.ts';
import { microdataNodes } from './read-microdata.ts';
import { siteAdapterFor, type SiteAdapter, type SiteKey } from './site-adapters.ts';

export interface FoundItem {
  item: PageItem;
  /** The element showing the item, when the page shows it (JSON-LD can describe unseen items). */
  element?: Element;
  /** Where a badge for it goes (there when `element` is; found when first read). */
  readonly anchor?: Element;
}

export interface PageReading {
  site?: SiteKey;
  kind: 'list' | 'detail' | 'other';
  /** The main result list of an overview page (the recommendation zone goes above it). */
  listContainer?: Element;
  items: FoundItem[];
}

/**
 * `found.anchor`, looked up when first asked: only the few marked items need it, and a lookup in
 * each of hundreds of cards is slow from a content script's isolated world.
 */
function anchorLazily(found: FoundItem, element: Element, adapter: SiteAdapter | undefined) {
  let anchor: Element | undefined;
  Object.defineProperty(found, 'anchor', {
    get: () => (anchor ??= adapter?.badgeAnchor(element) ?? element),
    enumerable: true,
    configurable: true,
  });
}

/** Fills fields that `base` lacks from `extra` (same item read from another source). */
function merge(base: PageItem, extra: PageItem): PageItem {
  const merged: PageItem = { ...extra, ...base };
  for (const key of ['authors', 'genres', 'keywords', 'themes'] as const) {
    if (base[key].length === 0) Object.assign(merged, { [key]: extra[key] });
  }
  return merged;
}

/** Converts untrusted nodes to items; the content script slices this over idle callbacks. */
export type ConvertNodes = (
  nodes: readonly unknown[],
  baseUrl: string,
) => (PageItem | undefined)[] | Promise<(PageItem | undefined)[]>;

/**
 * The reading, as steps: it yields the nodes it needs converted (the costly part) and receives
 * the items back, so one algorithm serves the synchronous `readPage` and the sliced `readPageSliced`.
 */
function* readingSteps(
  document: Document,
  adapter: SiteAdapter | undefined,
): Generator<unknown[], PageReading, (PageItem | undefined)[]> {
  const items = new Map<string, FoundItem>();
  for (const item of uniqueItems(yield jsonLdNodes(document))) items.set(item.id, { item });
  const adapted = adapter?.itemElements(document);
  // Microdata repeats what the JSON-LD says on the demo sites; when the adapter already places
  // every JSON-LD item shown, reading it again would only cost time (DOM walks are slow from a
  // content script's isolated world).
  const covered =
    adapted !== undefined && adapted.size > 0 && [...adapted.keys()].every((id) => items.has(id));
  const micro = covered ? [] : microdataNodes(document);
  const microItems = micro.length > 0 ? yield micro.map((entry) => entry.node) : [];
  micro.forEach(({ element }, index) => {
    const item = microItems[index];
    if (!item) return;
    const known = items.get(item.id);
    if (known) {
      known.item = merge(known.item, item);
      known.element ??= element;
    } else {
      items.set(item.id, { item, element });
    }
  });
  if (adapted) {
    for (const [id, element] of adapted) {
      const known = items.get(id);
      if (known) known.element = element;
    }
  }
  for (const found of items.values())
    if (found.element) anchorLazily(found, found.element, adapter);
  const listContainer = adapter?.listContainer(document) ?? undefined;
  const shown = [...items.values()].filter((found) => found.element);
  const kind = listContainer ? 'list' : shown.length === 1 ? 'detail' : 'other';
  const reading: PageReading = { kind, items: [...items.values()] };
  if (adapter) reading.site = adapter.key;
  if (listContainer) reading.listContainer = listContainer;
  return reading;
}

export function readPage(
  document: Document,
  adapter: SiteAdapter | undefined = siteAdapterFor(document),
): PageReading {
  const baseUrl = document.baseURI;
  const steps = readingSteps(document, adapter);
  let step = steps.next();
  while (!step.done) step = steps.next(step.value.map((node) => toPageItem(node, baseUrl)));
  return step.value;
}

/** `readPage`, with the node conversion done by `convert` (e.g. in idle-time slices). */
export async function readPageSliced(
  document: Document,
  convert: ConvertNodes,
  adapter: SiteAdapter | undefined = siteAdapterFor(document),
): Promise<PageReading> {
  const baseUrl = document.baseURI;
  const steps = readingSteps(document, adapter);
  let step = steps.next();
  while (!step.done) step = steps.next(await convert(step.value, baseUrl));
  return step.value;
}
