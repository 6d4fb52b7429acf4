import { UNFINDABLE_TEXT_ATTRIBUTE } from '../ui/unfindable-text.ts';

/**
 * What a node of the injected UI shows, in document order, as `textContent` would give it if the
 * text were text nodes: the UI shows its words as generated content (ui/unfindable-text.ts).
 */
export function shownText(node: Node | null | undefined): string {
  if (!node) return '';
  if (node.nodeType === node.TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeName === 'STYLE') return '';
  const own =
    'getAttribute' in node ? ((node as Element).getAttribute(UNFINDABLE_TEXT_ATTRIBUTE) ?? '') : '';
  return own + [...node.childNodes].map(shownText).join('');
}
