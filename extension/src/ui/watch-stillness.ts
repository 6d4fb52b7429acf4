/**
 * Whether an element of the injected UI has stayed where it is on screen long enough for a click on
 * it to be one the person aimed. A page can move a mark (with its card) under a resting cursor just
 * before a click meant for the page's own button; that the mark is visible and on top at the click
 * says nothing about whether the person saw it there.
 *
 * Movement is noticed without polling: an IntersectionObserver whose root is shrunk (rootMargin) to
 * the element's own box, so any move or resize changes the intersection and reports; it is armed
 * again from the new box after each report (the layout-shift idea of floating-ui's autoUpdate). A
 * ResizeObserver reports size changes, and the box is compared once more at the event itself, in
 * case no observer has reported yet (or the page blocked the main thread meanwhile).
 */

/**
 * How long the UI must have been visible and in the same place before a click, pointer-down or key
 * press on it counts. IntersectionObserver v2's `delay` (at least 100 ms) only spaces its reports:
 * `isVisible` says the target is unobscured at that moment, not for how long, and no report comes
 * when it moves within the viewport. 500 ms is about the double-click interval, the time Chromium's
 * own permission prompts ignore input after they appear; a person who aims at the UI takes longer
 * than that to see it and move there, and a click that comes too soon is ignored, so clicking again
 * works.
 */
export const MIN_STILL_MS = 500;

/** Box moves below a pixel (sub-pixel layout, zoom rounding) are not moves a person sees. */
const TOLERANCE_PX = 1;

export interface StillnessWatch {
  /**
   * Whether the element has been still for MIN_STILL_MS at `time` (an event's timeStamp, on the
   * clock of `performance.now()`). A box that differs from the last one seen counts as a move now.
   */
  stillAt(time: number): boolean;
  /** Starts the wait again (the element just became visible, or shows something new). */
  restart(): void;
  /** Where the element is and since when it has been there, for a redrawn copy (see watchStillness). */
  stillness(): Stillness;
  disconnect(): void;
}

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** An element's box and the time (on `performance.now()`'s clock) it has been in it since. */
export interface Stillness {
  box: Box;
  since: number;
}

const boxOf = (element: Element): Box => {
  const { left, top, width, height } = element.getBoundingClientRect();
  return { left, top, width, height };
};

const sameBox = (a: Box, b: Box) =>
  Math.abs(a.left - b.left) < TOLERANCE_PX &&
  Math.abs(a.top - b.top) < TOLERANCE_PX &&
  Math.abs(a.width - b.width) < TOLERANCE_PX &&
  Math.abs(a.height - b.height) < TOLERANCE_PX;

/** The rootMargin that shrinks the viewport to `box` (negative insets; outside the viewport, positive). */
export function rootMarginFor(box: Box, viewport: { width: number; height: number }): string {
  const insets = [
    box.top,
    viewport.width - (box.left + box.width),
    viewport.height - (box.top + box.height),
    box.left,
  ];
  return insets.map((inset) => `${-Math.floor(inset)}px`).join(' ');
}

/**
 * Watches `element` from now on; its first appearance counts as a change, unless it replaces, in
 * the same box, an element that showed the same (`carried`: that one's stillness, taken just before
 * it went): a redraw the person cannot see is no new appearance. `now` is the element's window's
 * `performance.now` unless a test passes its own clock.
 */
export function watchStillness(
  element: HTMLElement,
  now?: () => number,
  carried?: Stillness,
): StillnessWatch {
  const document = element.ownerDocument;
  const view = document.defaultView;
  const clock = now ?? (() => view?.performance.now() ?? Date.now());
  let box = boxOf(element);
  let changedAt = carried && sameBox(carried.box, box) ? Math.min(carried.since, clock()) : clock();
  let moves: IntersectionObserver | undefined;
  let stopped = false;

  const changed = (at: number) => {
    changedAt = Math.max(changedAt, at);
    box = boxOf(element);
    arm(1);
  };

  /** Observes the box as it is now; `threshold` below 1 when a scroller clips part of it away. */
  const arm = (threshold: number) => {
    moves?.disconnect();
    moves = undefined;
    const Observer = view?.IntersectionObserver as typeof IntersectionObserver | undefined;
    // Without a size there is nothing to click; the ResizeObserver says when it gets one.
    if (stopped || !Observer || box.width === 0 || box.height === 0) return;
    const root = document.documentElement;
    const armedBox = box;
    let first = true;
    const observer = new Observer(
      (entries) => {
        const entry = entries[entries.length - 1];
        if (!entry || observer !== moves) return;
        if (!first) return changed(entry.time);
        first = false;
        // The first report only states where things are; it is a change if the box moved meanwhile.
        if (!sameBox(boxOf(element), armedBox)) return changed(entry.time);
        const ratio = entry.intersectionRatio;
        if (threshold === 1 && ratio < 1) arm(Math.max(ratio, 1e-7));
      },
      {
        rootMargin: rootMarginFor(box, { width: root.clientWidth, height: root.clientHeight }),
        threshold,
      },
    );
    moves = observer;
    observer.observe(element);
  };

  const Resize = view?.ResizeObserver as typeof ResizeObserver | undefined;
  const resizes = Resize
    ? new Resize(() => {
        // The first report comes on observe; only a box that differs is a change.
        if (!sameBox(boxOf(element), box)) changed(clock());
      })
    : undefined;
  resizes?.observe(element);
  arm(1);

  return {
    stillAt(time) {
      const at = Math.min(time, clock());
      if (!sameBox(boxOf(element), box)) {
        changed(clock());
        return false;
      }
      return at - changedAt >= MIN_STILL_MS;
    },
    restart: () => changed(clock()),
    stillness() {
      if (!sameBox(boxOf(element), box)) changed(clock());
      return { box, since: changedAt };
    },
    disconnect() {
      stopped = true;
      moves?.disconnect();
      resizes?.disconnect();
    },
  };
}
