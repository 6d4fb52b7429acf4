/**
 * Looks inside the extension's CLOSED shadow roots in Firefox, through WebDriver BiDi: a node
 * serialised with `includeShadowTree: "all"` carries its closed shadow root too, which no page
 * script can reach. The Firefox counterpart of shadow-dom.ts (DevTools protocol, Chromium).
 */
import type { Browser, Page } from 'puppeteer-core';

import { MIN_STILL_MS } from '../../src/ui/watch-stillness.ts';

export interface BidiNode {
  type: 'node';
  sharedId: string;
  value: {
    nodeType: number;
    localName?: string;
    nodeValue?: string;
    mode?: 'open' | 'closed';
    attributes?: Record<string, string>;
    children?: BidiNode[];
    shadowRoot?: BidiNode | null;
  };
}

export interface FirefoxUi {
  host: BidiNode;
  shadow: BidiNode;
  kind: string;
  itemId?: string;
  markKind?: string;
  /** The `data-item-id` of the page element the host sits in (the site's card), if any. */
  card?: string;
  /** Elements inside the shadow root, without the <style>. */
  elements: BidiNode[];
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** script.evaluate / script.callFunction's answer: a result, or the exception the script threw. */
type EvaluateResult<T> =
  | { type: 'success'; result: { value: T } }
  | { type: 'exception'; exceptionDetails: { text: string } };

function evaluated<T>(answer: EvaluateResult<T>): T {
  if (answer.type === 'exception')
    throw new Error(`script failed: ${answer.exceptionDetails.text}`);
  return answer.result.value;
}

const TEXT_NODE = 3;

const connectionOf = (browser: Browser) =>
  (browser as unknown as { connection: BidiConnection }).connection;

/** The BiDi browsing context of the page's top frame. */
const contextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

const childrenOf = (node: BidiNode): BidiNode[] => [
  ...(node.value.children ?? []),
  ...(node.value.shadowRoot ? [node.value.shadowRoot] : []),
];

export const descendants = (node: BidiNode): BidiNode[] => [
  node,
  ...childrenOf(node).flatMap(descendants),
];

export const attribute = (node: BidiNode, name: string) => node.value.attributes?.[name];

/**
 * The text of a node as a person perceives it: leaving out <style> contents and aria-hidden parts,
 * and with the extension's text, which it shows as `::before` content of its `data-text` (ui/unfindable-text.ts).
 */
export function textOf(node: BidiNode): string {
  if (node.value.localName === 'style' || attribute(node, 'aria-hidden') === 'true') return '';
  if (node.value.nodeType === TEXT_NODE) return node.value.nodeValue ?? '';
  return (attribute(node, 'data-text') ?? '') + childrenOf(node).map(textOf).join('');
}

/** Every <verwonder-ui> host of the page with its shadow tree, and the card it sits in. */
export async function firefoxUi(browser: Browser, page: Page): Promise<FirefoxUi[]> {
  const response = (await connectionOf(browser).send('script.evaluate', {
    expression: `[...document.querySelectorAll('verwonder-ui')].map((host) => [
      host, host.parentElement?.closest('[data-item-id]')?.getAttribute('data-item-id') ?? null])`,
    target: { context: contextOf(page) },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: null, maxObjectDepth: 3, includeShadowTree: 'all' },
  })) as { result: EvaluateResult<{ value: [BidiNode, { value?: string }] }[]> };
  const pairs = evaluated(response.result);
  return pairs.map(({ value: [host, card] }) => {
    const shadow = host.value.shadowRoot as BidiNode;
    const elements = descendants(shadow).filter(
      (n) => n.value.nodeType === 1 && n.value.localName !== 'style',
    );
    const mark = elements.find((n) => attribute(n, 'class') === 'mark');
    return {
      host,
      shadow,
      kind: attribute(host, 'data-verwonder') ?? '',
      itemId: mark && attribute(mark, 'data-item-id'),
      markKind: mark && attribute(mark, 'data-kind'),
      ...(card.value ? { card: card.value } : {}),
      elements,
    };
  });
}

/** Waits until the injected UI satisfies `ready` (polled), and returns it. */
export async function waitForFirefoxUi(
  browser: Browser,
  page: Page,
  ready: (ui: FirefoxUi[]) => boolean,
  timeoutMs = 10_000,
): Promise<FirefoxUi[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ui = await firefoxUi(browser, page);
    if (ready(ui)) return ui;
    if (Date.now() > until) {
      const seen = ui.map(({ kind, itemId, markKind }) => ({ kind, itemId, markKind }));
      throw new Error(`the extension UI did not get there in time: ${JSON.stringify(seen)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Clicks the centre of a node (a real mouse click, so the page's layering decides what it hits).
 * Like a person, it first looks at the node where it is: the extension takes a click only on UI
 * that has been visible and in place for MIN_STILL_MS, and scrolling it into view moves it.
 */
export async function clickBidiNode(browser: Browser, page: Page, node: BidiNode) {
  const centre = async (scroll: boolean) => {
    const response = (await connectionOf(browser).send('script.callFunction', {
      functionDeclaration: `function () {
        if (${scroll}) this.scrollIntoView({ block: 'center' });
        const box = this.getBoundingClientRect();
        return [box.x + box.width / 2, box.y + box.height / 2];
      }`,
      this: { sharedId: node.sharedId },
      target: { context: contextOf(page) },
      awaitPromise: false,
    })) as { result: EvaluateResult<{ value: number }[]> };
    return evaluated(response.result).map((entry) => entry.value);
  };
  let point = await centre(true);
  for (let since = Date.now(); Date.now() - since < MIN_STILL_MS + 200;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const next = await centre(false);
    if (next.join() !== point.join()) [point, since] = [next, Date.now()];
  }
  const [x, y] = point;
  await page.mouse.click(x ?? 0, y ?? 0);
}
