/**
 * The items of a page, made from what its content script collected (the page's source): the
 * JSON-LD item nodes, the microdata nodes when it read them, and the ids of the items the site adapter
 * found on screen. Runs in the background worker, so the parsing and checking of the page's
 * (untrusted) words costs the page's main thread nothing. JSON-LD first (richest); microdata fills
 * gaps and places items.
 */
import { toPageItem, type PageItem } from './page-item.ts';
import { uniqueItems } from './read-json-ld.ts';

export interface PageSource {
  /** The page's JSON-LD item nodes, cut to the keys the readers use (item-node-keys.ts). */
  jsonLd: unknown[];
  /** Top-level microdata items as JSON-LD-shaped nodes (microdata-nodes.ts), when read. */
  microdata?: unknown[];
  /** The ids of the items a site adapter found elements for (site-adapters.ts). */
  shownIds?: string[];
  /** The page's base URL, for relative links. */
  baseUrl: string;
}

export interface AssembledPage {
  /** Every item the page describes, first occurrence of an id winning. */
  items: PageItem[];
  /** The items shown on the page: named by the adapter, or carried by a microdata element. */
  shown: PageItem[];
  /** The id each microdata node became (null: not a supported item), in the nodes' order. */
  microdataIds: (string | null)[];
  /**
   * True when the adapter names items the JSON-LD does not describe and no microdata was read:
   * the content script then reads the microdata too (skipped otherwise: DOM walks are slow).
   */
  needsMicrodata: boolean;
}

/** Fills fields that `base` lacks from `extra` (same item read from another source). */
function merge(base: PageItem, extra: PageItem): PageItem {
  const merged: PageItem = { ...extra, ...base };
  for (const key of ['authors', 'genres', 'keywords', 'themes'] as const) {
    if (base[key].length === 0) Object.assign(merged, { [key]: extra[key] });
  }
  return merged;
}

export function assemblePage(source: PageSource): AssembledPage {
  const { baseUrl } = source;
  const items = new Map<string, PageItem>();
  for (const item of uniqueItems(source.jsonLd.map((node) => toPageItem(node, baseUrl))))
    items.set(item.id, item);
  const shownIds = new Set(source.shownIds ?? []);
  if (!source.microdata && [...shownIds].some((id) => !items.has(id)))
    return { items: [...items.values()], shown: [], microdataIds: [], needsMicrodata: true };
  const microdataIds = (source.microdata ?? []).map((node) => {
    const item = toPageItem(node, baseUrl);
    if (!item) return null;
    const known = items.get(item.id);
    items.set(item.id, known ? merge(known, item) : item);
    shownIds.add(item.id);
    return item.id;
  });
  const all = [...items.values()];
  return {
    items: all,
    shown: all.filter((item) => shownIds.has(item.id)),
    microdataIds,
    needsMicrodata: false,
  };
}
