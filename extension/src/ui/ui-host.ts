import { UI_CSS } from './ui-style.ts';
import { unfindableText } from './unfindable-text.ts';

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
  const style = styleElement(document, UI_CSS);
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  root.append(style, wrap);
  return { host, wrap };
}

/**
 * `document.createElement` with a class and text. The text is page content or the person's records
 * at times: it is never markup, and it is shown as generated content (`unfindableText`), never as a
 * text node, so the page's `window.find()` cannot search it.
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  document: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) unfindableText(node, text);
  return node;
}

/** A <style> with the extension's own CSS (its one text node: not shown, so find() skips it). */
export function styleElement(document: Document, css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}
