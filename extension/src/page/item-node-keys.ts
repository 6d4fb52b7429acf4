/**
 * The item nodes of a page's JSON-LD, cut down to what the readers use, as the content script
 * sends them to the worker: passing a page's whole JSON-LD (mostly descriptions, which ranking does
 * not read) costs the page's main thread more than anything else the extension does there.
 * Only a cut: the nodes are still the page's unchecked words, parsed in the worker (page-item.ts).
 */
import { jsonLdTexts } from './json-ld-texts.ts';
import { jsonLdNodes } from './json-ld-walk.ts';
import { itemKindOf, nodeTypeNames } from './schema-types.ts';

/** Every key `toPageItem` and `itemFacts` read but `description` (page-item.test.ts keeps this true). */
export const ITEM_NODE_KEYS = [
  '@type',
  '@id',
  'identifier',
  'name',
  'url',
  'author',
  'genre',
  'keywords',
  'about',
  'startDate',
  'location',
  'additionalType',
  'aggregateRating',
  'interactionStatistic',
  'offers',
  'isAccessibleForFree',
  'organizer',
] as const;

/**
 * The keys read of the objects inside an item node: an author, a term, a place, an offer, a rating,
 * a count of saves (whose action may be named by its `@type`).
 */
export const NESTED_NODE_KEYS: ReadonlySet<string> = new Set([
  '@id',
  '@type',
  'identifier',
  'name',
  'termCode',
  'value',
  'geo',
  'latitude',
  'longitude',
  'price',
  'priceCurrency',
  'ratingCount',
  'reviewCount',
  'interactionType',
  'userInteractionCount',
]);
/** Deeper than a place's coordinates nothing is read. */
const MAX_NESTING = 3;

function cutValue(value: unknown, depth: number): unknown {
  if (Array.isArray(value)) return value.map((entry) => cutValue(entry, depth));
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= MAX_NESTING) return {};
  const cut: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(value))
    if (NESTED_NODE_KEYS.has(key)) cut[key] = cutValue(entry, depth + 1);
  return cut;
}

export function itemNode(node: Record<string, unknown>): Record<string, unknown> {
  const cut: Record<string, unknown> = {};
  for (const key of ITEM_NODE_KEYS) if (key in node) cut[key] = cutValue(node[key], 0);
  return cut;
}

/** The JSON-LD nodes of `root` of a supported item type, in document order, cut to ITEM_NODE_KEYS. */
export function jsonLdItemNodes(root: ParentNode): Record<string, unknown>[] {
  return jsonLdNodes(jsonLdTexts(root))
    .filter((node) => itemKindOf(nodeTypeNames(node)))
    .map(itemNode);
}
