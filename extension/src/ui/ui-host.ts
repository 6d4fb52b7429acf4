import { UI_CSS } from './ui-style.ts';

/** The tag of every element the extension adds to a page (tests and the page report find it). */
export const UI_HOST_TAG = 'verwonder-ui';

export type UiKind = 'badge' | 'zone' | 'form' | 'complete' | 'focus';

export interface UiHost {
  host: HTMLElement;
  /** The one element inside the shadow root that holds the UI; hidden when obscured. */
  wrap: HTMLElement;
}

/**
 * A host element with a CLOSED shadow root (page scripts cannot read or change what is inside)
 * holding the stylesheet and an empty wrapper. The host is not yet in the page.
 */
export function createUiHost(document: Document, kind: UiKind): UiHost {
  const host = document.createElement(UI_HOST_TAG);
  host.setAttribute('data-verwonder', kind);
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = UI_CSS;
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  root.append(style, wrap);
  return { host, wrap };
}

/** `document.createElement` with a class and text; text is only ever set as textContent. */
export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
