/**
 * Whether a person can see an input: the input assistance offers and fills only those, so a page
 * cannot collect a vault value through a field nobody saw (a hidden honeypot, a field added under
 * the click). A page hides a field in many ways; any of them on the input or an ancestor counts.
 */

/** Below this combined opacity a field counts as faded out. */
const MIN_OPACITY = 0.3;
/** A field smaller than this either way cannot be read or typed in (the `sr-only` trick is 1 px). */
const MIN_SIZE = 4;

/** The element's parent, across a shadow root's boundary. */
function parentOf(node: Element, view: Window & typeof globalThis): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof view.ShadowRoot ? root.host : null;
}

export function fieldVisible(input: HTMLInputElement): boolean {
  const view = input.ownerDocument.defaultView;
  if (!view || !input.isConnected || input.type.toLowerCase() === 'hidden') return false;
  // Chromium's own answer also covers content-visibility and closed <details>.
  if (!input.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  let opacity = 1;
  for (let node: Element | null = input; node; node = parentOf(node, view)) {
    if (node.hasAttribute('hidden') || node.hasAttribute('inert')) return false;
    if (node.getAttribute('aria-hidden')?.trim().toLowerCase() === 'true') return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || ['hidden', 'collapse'].includes(style.visibility)) return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    // An ancestor that clips to (almost) nothing hides what is inside it.
    const clips = [style.overflowX, style.overflowY].some((v) => v !== '' && v !== 'visible');
    if (node !== input && clips) {
      const clip = node.getBoundingClientRect();
      if (clip.width < MIN_SIZE || clip.height < MIN_SIZE) return false;
    }
  }
  if (opacity < MIN_OPACITY) return false;
  const box = input.getBoundingClientRect();
  if (box.width < MIN_SIZE || box.height < MIN_SIZE) return false;
  // Beyond the page's top or left edge no scrolling brings it into view.
  return box.right + view.scrollX > 0 && box.bottom + view.scrollY > 0;
}
