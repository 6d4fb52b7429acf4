/**
 * The object nodes of a page's JSON-LD: plain nodes, arrays, `@graph`, and `ItemList`s (whose
 * `itemListElement` holds `ListItem.item` or the items themselves). The text is only JSON-parsed,
 * never evaluated; a broken block is skipped. No schema here: the content script runs it.
 */

/** Limits against pathological pages: nesting depth and nodes visited per page. */
const MAX_DEPTH = 8;
const MAX_NODES = 5000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON values of JSON-LD block texts, skipping blocks that do not parse. */
export function parseJsonLdTexts(texts: readonly string[]): unknown[] {
  const blocks: unknown[] = [];
  for (const text of texts) {
    try {
      blocks.push(JSON.parse(text));
    } catch {
      // Invalid JSON on the page is the page's problem; the other blocks still count.
    }
  }
  return blocks;
}

/**
 * Every object node of JSON-LD blocks that could be an item (containers included), in document
 * order; `toPageItem` decides which are.
 */
export function jsonLdNodes(texts: readonly string[]): Record<string, unknown>[] {
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
  for (const block of parseJsonLdTexts(texts)) visit(block, 0);
  return nodes;
}
