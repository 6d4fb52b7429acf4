/**
 * Watches the page for changes that matter to the content script. The observer only collects:
 * the work happens once per animation frame at most, a new reading only when nodes that carry
 * items came or went, otherwise only a visibility check of the injected UI.
 */
import { UI_HOST_TAG } from '../ui/ui-host.ts';
import { inFrame } from './schedule.ts';

const ITEM_SELECTOR = '[itemscope], [data-item-id], script[type="application/ld+json"]';

/** Whether an added or removed node can change what the page reader finds. */
function carriesItems(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return (
    element.localName !== UI_HOST_TAG &&
    (element.matches(ITEM_SELECTOR) || element.querySelector(ITEM_SELECTOR) !== null)
  );
}

export interface PageWatch {
  disconnect(): void;
}

export function watchPage(
  view: Window & typeof globalThis,
  body: HTMLElement,
  on: { reread(): void; recheck(): void },
): PageWatch {
  let pending = false;
  let needsRead = false;
  const observer = new view.MutationObserver((records) => {
    for (const record of records) {
      if (needsRead) break;
      const target = record.target as Element;
      if (target.closest?.(UI_HOST_TAG)) continue;
      if (
        record.type === 'childList' &&
        (some(record.addedNodes, carriesItems) || some(record.removedNodes, carriesItems))
      ) {
        needsRead = true;
      }
    }
    if (pending) return;
    pending = true;
    inFrame(view, () => {
      pending = false;
      if (needsRead) {
        needsRead = false;
        on.reread();
      } else {
        on.recheck();
      }
    });
  });
  observer.observe(body, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden'],
  });
  return { disconnect: () => observer.disconnect() };
}

function some(nodes: NodeList, test: (node: Node) => boolean): boolean {
  for (const node of nodes) if (test(node)) return true;
  return false;
}
