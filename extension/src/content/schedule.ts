/** Page work runs when the browser is idle (reading, ranking) and DOM writes in an animation frame. */
export function whenIdle(view: Window, task: (deadline?: IdleDeadline) => void): void {
  if (typeof view.requestIdleCallback === 'function')
    view.requestIdleCallback(task, { timeout: 1000 });
  else view.setTimeout(() => task(), 0);
}

export function inFrame(view: Window, task: () => void): void {
  view.requestAnimationFrame(() => task());
}

/** Items done per slice at least, so a slice that starts with no idle time left still advances. */
const MIN_PER_SLICE = 16;
/** Budget of a slice when the browser gives no deadline (no requestIdleCallback). */
const FALLBACK_SLICE_MS = 8;

/**
 * `inputs.map(fn)`, spread over idle callbacks so that no slice becomes a long task: each slice
 * stops when the idle deadline runs out and the rest waits for the next idle period.
 */
export function mapInIdleSlices<T, R>(
  view: Window,
  inputs: readonly T[],
  fn: (input: T) => R,
): Promise<R[]> {
  return new Promise((resolve) => {
    const out: R[] = [];
    const slice = (deadline?: IdleDeadline) => {
      const end = view.performance.now() + FALLBACK_SLICE_MS;
      const hasTime = () =>
        deadline ? deadline.timeRemaining() > 1 : view.performance.now() < end;
      let done = 0;
      while (out.length < inputs.length && (done < MIN_PER_SLICE || hasTime())) {
        out.push(fn(inputs[out.length] as T));
        done += 1;
      }
      if (out.length < inputs.length) whenIdle(view, slice);
      else resolve(out);
    };
    whenIdle(view, slice);
  });
}
