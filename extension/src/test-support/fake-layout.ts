/**
 * A stand-in for layout in a happy-dom document, which has none (every box is 0 × 0, so every
 * element would count as hidden): each HTML element gets a box of its inline `width` and `height`
 * when set (a test can make one zero-sized that way), 120 × 24 px otherwise.
 */
export function fakeLayout(document: Document): void {
  const view = document.defaultView;
  if (!view) throw new Error('fakeLayout: the document has no window');
  const size = (value: string, otherwise: number) =>
    value === '' ? otherwise : Number.parseFloat(value) || 0;
  view.HTMLElement.prototype.getBoundingClientRect = function (this: HTMLElement) {
    return new view.DOMRect(8, 8, size(this.style.width, 120), size(this.style.height, 24));
  };
}
