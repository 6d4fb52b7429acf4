/**
 * Looks inside the extension's CLOSED shadow roots from a test, through the DevTools protocol
 * (which, unlike page scripts, can pierce them).
 */
import type { CDPSession, Page } from 'playwright-core';

type DomNode = {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  nodeValue: string;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
  shadowRootType?: string;
};

const TEXT_NODE = 3;

export function attribute(node: DomNode, name: string): string | undefined {
  const list = node.attributes ?? [];
  for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
  return undefined;
}

export const descendants = (node: DomNode): DomNode[] => [
  node,
  ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap(descendants),
];

/** The text of a node, leaving out <style> contents. */
export function textOf(node: DomNode): string {
  if (node.nodeName === 'STYLE') return '';
  if (node.nodeType === TEXT_NODE) return node.nodeValue;
  return [...(node.children ?? []), ...(node.shadowRoots ?? [])].map(textOf).join('');
}

export interface InjectedUi {
  host: DomNode;
  shadow: DomNode;
  kind: string;
  itemId?: string;
  state?: string;
  /** Elements inside the shadow root, without the <style>. */
  elements: DomNode[];
}

export async function injectedUi(cdp: CDPSession): Promise<InjectedUi[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  return descendants(root)
    .filter((node) => node.nodeName === 'VERWONDER-UI')
    .map((host) => {
      const shadow = host.shadowRoots?.[0] as DomNode;
      return {
        host,
        shadow,
        kind: attribute(host, 'data-verwonder') ?? '',
        itemId: attribute(host, 'data-item-id'),
        state: attribute(host, 'data-verwonder-state'),
        elements: descendants(shadow).filter((n) => n.nodeType === 1 && n.nodeName !== 'STYLE'),
      };
    });
}

/** Clicks the centre of a node (a real mouse click, so the page's layering decides what it hits). */
export async function clickNode(page: Page, cdp: CDPSession, node: DomNode) {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
  const { model } = await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId });
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

export type { DomNode };
