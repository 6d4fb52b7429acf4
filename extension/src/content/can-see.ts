/**
 * Whether the person can see an element. A mark on a card they cannot see would let the page read
 * what the person's data says about its guesses without the person ever knowing (a probe), so
 * marks go only where the person looks. `layout: false` is for a DOM that lays nothing out
 * (happy-dom in unit tests): there only the styles count.
 */
const STYLE_CHECK = { opacityProperty: true, visibilityProperty: true };
/** Below this combined opacity nobody reads a card; checkVisibility only catches exactly 0. */
const MIN_OPACITY = 0.1;

export function canSee(element: Element, { layout = true } = {}): boolean {
  if (!element.isConnected) return false;
  // Absent in older browsers: the walk below then catches display and visibility too.
  if (element.checkVisibility?.(STYLE_CHECK) === false) return false;
  if (hiddenByStyle(element)) return false;
  const rects = element.getClientRects();
  if (rects.length === 0) return false;
  return !layout || (onPage(element, [...rects]) && !clippedAway(element));
}

function hiddenByStyle(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return true;
  let opacity = 1;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden') return true;
    opacity *= Number.parseFloat(style.opacity || '1');
  }
  return opacity < MIN_OPACITY;
}

/** Some area, and not entirely above or left of the page, where no scrolling reaches it. */
function onPage(element: Element, rects: readonly DOMRect[]): boolean {
  const view = element.ownerDocument.defaultView;
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  return rects.some(
    (rect) => rect.width > 0 && rect.height > 0 && rect.right + x > 0 && rect.bottom + y > 0,
  );
}

/** An ancestor of no width or height that clips what overflows it hides the element. */
function clippedAway(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  for (let node = element.parentElement; node && view; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return true;
  }
  return false;
}
