/**
 * Looks inside the extension's CLOSED shadow roots from a test, through the DevTools protocol
 * (which, unlike page scripts, can pierce them).
 */
import type { CDPSession, Page } from 'playwright-core';

import { MIN_STILL_MS } from '../../src/ui/watch-stillness.ts';

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

/**
 * The text of a node as a person perceives it: leaving out <style> contents and aria-hidden parts,
 * and with the extension's text, which it shows as `::before` content of its `data-text` (ui/unfindable-text.ts).
 */
export function textOf(node: DomNode): string {
  if (node.nodeName === 'STYLE' || attribute(node, 'aria-hidden') === 'true') return '';
  if (node.nodeType === TEXT_NODE) return node.nodeValue;
  const children = [...(node.children ?? []), ...(node.shadowRoots ?? [])];
  return (attribute(node, 'data-text') ?? '') + children.map(textOf).join('');
}

export interface InjectedUi {
  host: DomNode;
  shadow: DomNode;
  kind: string;
  /** A badge's item and whether it is `relevant` or a `surprise`: read inside the closed shadow root, where only DevTools reaches. */
  itemId?: string;
  markKind?: string;
  /** The `data-item-id` of the page element the host sits in (the site's card), if any. */
  card?: string;
  state?: string;
  /** Elements inside the shadow root, without the <style>. */
  elements: DomNode[];
}

export async function injectedUi(cdp: CDPSession): Promise<InjectedUi[]> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as {
    root: DomNode;
  };
  const hosts: { host: DomNode; card?: string }[] = [];
  const walk = (node: DomNode, card: string | undefined): void => {
    if (node.nodeName === 'VERWONDER-UI') hosts.push({ host: node, ...(card ? { card } : {}) });
    const here = attribute(node, 'data-item-id') ?? card;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) walk(child, here);
  };
  walk(root, undefined);
  return hosts.map(({ host, card }) => {
    const shadow = host.shadowRoots?.[0] as DomNode;
    const elements = descendants(shadow).filter((n) => n.nodeType === 1 && n.nodeName !== 'STYLE');
    const mark = elements.find((n) => attribute(n, 'class') === 'mark');
    return {
      host,
      shadow,
      kind: attribute(host, 'data-verwonder') ?? '',
      itemId: mark && attribute(mark, 'data-item-id'),
      markKind: mark && attribute(mark, 'data-kind'),
      card,
      state: attribute(host, 'data-verwonder-state'),
      elements,
    };
  });
}

/** Waits until the injected UI satisfies `ready` (polled through DevTools), and returns it. */
export async function waitForUi(
  cdp: CDPSession,
  ready: (ui: InjectedUi[]) => boolean,
  timeoutMs = 10_000,
): Promise<InjectedUi[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ui = await injectedUi(cdp);
    if (ready(ui)) return ui;
    if (Date.now() > until) throw new Error('the extension UI did not get there in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How long a node must stay put before clickNode clicks it: the guard's minimum and a margin. */
const STILL_BEFORE_CLICK_MS = MIN_STILL_MS + 200;

/**
 * Clicks the centre of a node (a real mouse click, so the page's layering decides what it hits).
 * Like a person, it first looks at the node where it is: the extension takes a click only on UI
 * that has been visible and in place for MIN_STILL_MS, and scrolling it into view moves it.
 */
export async function clickNode(page: Page, cdp: CDPSession, node: DomNode) {
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId: node.nodeId });
  const contentBox = async () =>
    (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })).model.content;
  let box = await contentBox();
  for (let since = Date.now(); Date.now() - since < STILL_BEFORE_CLICK_MS;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await contentBox();
    if (next.join() !== box.join()) [box, since] = [next, Date.now()];
  }
  const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = box;
  await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
}

export type { DomNode };
