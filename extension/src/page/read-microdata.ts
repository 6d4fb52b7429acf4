/** Microdata items read and checked in one go (tests and tools; the extension splits the two). */
import { microdataNodes } from './microdata-nodes.ts';
import { toPageItem, type PageItem } from './page-item.ts';

export interface MicrodataItem {
  item: PageItem;
  element: Element;
}

/** Top-level microdata items of a supported type in `root`, with the element that carries them. */
export function readMicrodata(root: ParentNode, baseUrl: string): MicrodataItem[] {
  return microdataNodes(root).flatMap(({ node, element }) => {
    const item = toPageItem(node, baseUrl);
    return item ? [{ item, element }] : [];
  });
}
