/** Reads schema.org items from a page's JSON-LD in one go (tests and tools; the extension splits it). */
import { jsonLdTexts } from './json-ld-texts.ts';
import { jsonLdNodes } from './json-ld-walk.ts';
import { toPageItem, type PageItem } from './page-item.ts';

/** Items in document order, the first occurrence of an id winning. */
export function uniqueItems(items: readonly (PageItem | undefined)[]): PageItem[] {
  const byId = new Map<string, PageItem>();
  for (const item of items) if (item && !byId.has(item.id)) byId.set(item.id, item);
  return [...byId.values()];
}

/** Every supported item in the JSON-LD of `root`, in document order, first occurrence of an id wins. */
export function readJsonLd(root: ParentNode, baseUrl: string): PageItem[] {
  return uniqueItems(jsonLdNodes(jsonLdTexts(root)).map((node) => toPageItem(node, baseUrl)));
}
