/** DOM writes happen in an animation frame, all at once. */
export function inFrame(view: Window, task: () => void): void {
  view.requestAnimationFrame(() => task());
}
