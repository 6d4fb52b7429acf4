/** Page work runs when the browser is idle (reading, ranking) and DOM writes in an animation frame. */
export function whenIdle(view: Window, task: () => void): void {
  if (typeof view.requestIdleCallback === 'function')
    view.requestIdleCallback(task, { timeout: 1000 });
  else view.setTimeout(task, 0);
}

export function inFrame(view: Window, task: () => void): void {
  view.requestAnimationFrame(() => task());
}
