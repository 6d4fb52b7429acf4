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

/**
 * Every object node of the JSON-LD of `root` that could be an item (containers included), in
 * document order; `toPageItem` decides which are. Kept apart so the conversion can be sliced.
 */
export function jsonLdNodes(root: ParentNode): Record<string, unknown>[] {
  const nodes: Record<string, unknown>[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || nodes.length >= MAX_NODES) return;
    if (Array.isArray(value)) {
      for (const entry of value) visit(entry, depth + 1);
      return;
    }
    if (!isRecord(value)) return;
    nodes.push(value);
    // Containers: a graph, a list, a list entry.
    for (const key of ['@graph', 'itemListElement', 'item'] as const) {
      if (key in value) visit(value[key], depth + 1);
    }
  };
  for (const block of jsonLdBlocks(root)) visit(block, 0);
  return nodes;
}

/** Items in document order, the first occurrence of an id winning. */
export function uniqueItems(items: readonly (PageItem | undefined)[]): PageItem[] {
  const byId = new Map<string, PageItem>();
  for (const item of items) if (item && !byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

/** Every supported item in the JSON-LD of `root`, in document order, first occurrence of an id wins. */
export function readJsonLd(root: ParentNode, baseUrl: string): PageItem[] {
  return uniqueItems(jsonLdNodes(root).map((node) => toPageItem(node, baseUrl)));
}
