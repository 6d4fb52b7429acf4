/** DOM writes happen in an animation frame, all at once. */
export function inFrame(view: Window, task: () => void): void {
  view.requestAnimationFrame(() => task());
}

/** The next animation frame (a hidden tab has none until it is shown again). */
export function nextFrame(view: Window): Promise<void> {
  return new Promise((resolve) => view.requestAnimationFrame(() => resolve()));
}
