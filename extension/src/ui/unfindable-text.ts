/** The attribute whose value ui-style.ts shows as the element's `::before` content. */
export const UNFINDABLE_TEXT_ATTRIBUTE = 'data-text';

/** Elements a person operates: their name goes into aria-label too (see below). */
const NAMED_BY_LABEL = new Set(['button', 'a']);

/**
 * Shows `text` as the only content of `node`, as CSS generated content instead of a text node. A
 * closed shadow root hides its nodes from page scripts, but not its text from the page's
 * `window.find()`, whose selection then lands on the host in the light DOM (which card says
 * "Verrassing", which record a why-panel names); find() and the selection skip generated content.
 * Screen readers read generated content (Chromium, Firefox); a button or link also gets the text as
 * aria-label, so its name does not hang on that (attributes in a closed root are not page-readable).
 */
export function unfindableText(node: Element, text: string): void {
  node.replaceChildren();
  node.setAttribute(UNFINDABLE_TEXT_ATTRIBUTE, text);
  if (NAMED_BY_LABEL.has(node.localName)) node.setAttribute('aria-label', text);
}
