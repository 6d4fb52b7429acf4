/**
 * Reads schema.org items from a page's `<script type="application/ld+json">` blocks: plain nodes,
 * arrays, `@graph`, and `ItemList`s (whose `itemListElement` holds `ListItem.item` or the items
 * themselves). The text is only JSON-parsed, never evaluated; a broken block is skipped.
 */
import { toPageItem, type PageItem } from './page-item.ts';

/** Limits against pathological pages: nesting depth and nodes visited per page. */
const MAX_DEPTH = 8;
const MAX_NODES = 5000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON values of every JSON-LD block in `root`, skipping blocks that do not parse. */
export function jsonLdBlocks(root: ParentNode): unknown[] {
  const blocks: unknown[] = [];
  for (const script of root.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      blocks.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // Invalid JSON on the page is the page's problem; the other blocks still count.
    }
  }
  return blocks;
}

/** Every supported item in the JSON-LD of `root`, in document order, first occurrence of an id wins. */
export function readJsonLd(root: ParentNode, baseUrl: string): PageItem[] {
  const items = new Map<string, PageItem>();
  let visited = 0;
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || visited >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    visited += 1;
    const item = toPageItem(value, baseUrl);
    if (item && !items.has(item.id)) items.set(item.id, item);
    // Containers: a graph, a list, a list entry.
    for (const key of ['@graph', 'itemListElement', 'item'] as const) {
      if (key in value) visit(value[key], depth + 1);
    }
  };
  for (const block of jsonLdBlocks(root)) visit(block, 0);
  return [...items.values()];
}
