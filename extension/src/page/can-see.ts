/**
 * Whether the person can see an element. Marks go only on cards the person sees and the input
 * assistance fills only fields they see: otherwise a page could read what the person's data says
 * about cards it hides (a probe), or collect a vault value through a field nobody saw. A page hides
 * things in many ways; any of them on the element or an ancestor (across shadow roots) counts.
 * `layout: false` is for a DOM that lays nothing out (happy-dom in unit tests): there only the
 * styles count.
 */
export interface SightRules {
  /** Below this combined opacity nothing counts as seen (checkVisibility only catches exactly 0). */
  minOpacity?: number;
  /** A box, or an ancestor clipping it, smaller than this either way is not seen (0: any area). */
  minSize?: number;
  layout?: boolean;
}

const STYLE_CHECK = { opacityProperty: true, visibilityProperty: true };

/** The element's parent, across a shadow root's boundary. */
export function parentOf(node: Element, view: Window & typeof globalThis): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof view.ShadowRoot ? root.host : null;
}

export function canSee(
  element: Element,
  { minOpacity = 0.1, minSize = 0, layout = true }: SightRules = {},
): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view || !element.isConnected) return false;
  // Absent in older browsers: the walk below then catches display and visibility too.
  if (element.checkVisibility?.(STYLE_CHECK) === false) return false;
  const tooSmall = (box: DOMRect) =>
    box.width < minSize || box.height < minSize || box.width <= 0 || box.height <= 0;
  let opacity = 1;
  for (let node: Element | null = element; node; node = parentOf(node, view)) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || ['hidden', 'collapse'].includes(style.visibility)) return false;
    opacity *= Number.parseFloat(style.opacity || '1');
    // An ancestor that clips to (almost) nothing hides what is inside it.
    const clips = [style.overflowX, style.overflowY].some((v) => v !== '' && v !== 'visible');
    if (layout && node !== element && clips && tooSmall(node.getBoundingClientRect())) return false;
  }
  if (opacity < minOpacity) return false;
  if (!layout) return element.getClientRects().length > 0;
  const box = element.getBoundingClientRect();
  // Beyond the page's top or left edge no scrolling brings it into view.
  return !tooSmall(box) && box.right + view.scrollX > 0 && box.bottom + view.scrollY > 0;
}
