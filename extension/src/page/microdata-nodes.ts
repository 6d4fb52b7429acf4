/**
 * Reads schema.org microdata (itemscope/itemtype/itemprop) into the same node shape as JSON-LD, so
 * one parser (`toPageItem`, in the background worker) checks both. Values come from attributes or
 * textContent, never markup. DOM work only: the content script runs it.
 */
import { MAX_MICRODATA_ITEMS } from './page-limits.ts';

type MicrodataValue = string | MicrodataNode;
interface MicrodataNode {
  '@type': string[];
  [property: string]: MicrodataValue | MicrodataValue[] | string[];
}

/** The value of one itemprop element, as the HTML microdata algorithm defines it (simplified). */
function propertyValue(element: Element): MicrodataValue {
  if (element.hasAttribute('itemscope')) return readNode(element);
  const tag = element.localName;
  if (tag === 'meta') return element.getAttribute('content') ?? '';
  if (['a', 'area', 'link'].includes(tag)) return element.getAttribute('href') ?? '';
  if (['img', 'audio', 'video', 'source', 'iframe', 'embed'].includes(tag))
    return element.getAttribute('src') ?? '';
  if (tag === 'time') return element.getAttribute('datetime') ?? element.textContent ?? '';
  if (tag === 'data' || tag === 'meter') return element.getAttribute('value') ?? '';
  return element.textContent ?? '';
}

/** The properties of the item scoped at `scope` (nested items are read as values, not merged). */
function readNode(scope: Element): MicrodataNode {
  const node: MicrodataNode = {
    '@type': (scope.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean),
  };
  const walk = (parent: Element) => {
    for (const child of parent.children) {
      const names = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
      if (names.length > 0) {
        const value = propertyValue(child);
        for (const name of names) {
          const existing = node[name];
          node[name] =
            existing === undefined ? value : ([...[existing].flat(), value] as MicrodataValue[]);
        }
      }
      // A nested itemscope owns its descendants' properties.
      if (!child.hasAttribute('itemscope')) walk(child);
    }
  };
  walk(scope);
  return node;
}

/** Top-level microdata items in `root` as JSON-LD-shaped nodes, with their elements (unchecked). */
export function microdataNodes(root: ParentNode): { node: unknown; element: Element }[] {
  return [...root.querySelectorAll('[itemscope][itemtype]:not([itemprop])')]
    .slice(0, MAX_MICRODATA_ITEMS)
    .map((element) => ({ node: readNode(element), element }));
}
