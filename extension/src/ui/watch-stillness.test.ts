import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { MIN_STILL_MS, rootMarginFor, watchStillness, type Stillness } from './watch-stillness.ts';

type Box = { left: number; top: number; width: number; height: number };

/** Stand-ins for the browser's observers: the test decides when they report, and what. */
class FakeIntersectionObserver {
  static made: FakeIntersectionObserver[] = [];
  disconnected = false;
  constructor(
    readonly report: (entries: Partial<IntersectionObserverEntry>[]) => void,
    readonly options: IntersectionObserverInit,
  ) {
    FakeIntersectionObserver.made.push(this);
  }
  observe() {}
  disconnect() {
    this.disconnected = true;
  }
}
class FakeResizeObserver {
  static made: FakeResizeObserver[] = [];
  constructor(readonly report: () => void) {
    FakeResizeObserver.made.push(this);
  }
  observe() {}
  disconnect() {}
}

/** A host with a box the test moves, a viewport of 1000 × 800 and a clock the test sets. */
function setUp(
  start: Box = { left: 100, top: 50, width: 200, height: 40 },
  carried?: Stillness,
  startAt = 0,
) {
  const document = documentFrom('<main></main>');
  const view = document.defaultView!;
  FakeIntersectionObserver.made = [];
  FakeResizeObserver.made = [];
  Object.defineProperty(view, 'IntersectionObserver', { value: FakeIntersectionObserver });
  Object.defineProperty(view, 'ResizeObserver', { value: FakeResizeObserver });
  Object.defineProperty(document.documentElement, 'clientWidth', { value: 1000 });
  Object.defineProperty(document.documentElement, 'clientHeight', { value: 800 });
  const host = document.createElement('div');
  document.body.append(host);
  let box = start;
  host.getBoundingClientRect = () => ({ ...box }) as DOMRect;
  let time = startAt;
  const watch = watchStillness(host, () => time, carried);
  return {
    watch,
    at: (next: number) => (time = next),
    move: (next: Partial<Box>) => (box = { ...box, ...next }),
    lastIo: () => FakeIntersectionObserver.made.at(-1)!,
    ioCount: () => FakeIntersectionObserver.made.length,
    resized: () => FakeResizeObserver.made[0]!.report(),
  };
}

describe('watchStillness (how long the UI has been where it is)', () => {
  it('takes the first appearance as a change: still only MIN_STILL_MS later', () => {
    const { watch, at } = setUp();
    expect(MIN_STILL_MS).toBe(500);
    at(MIN_STILL_MS);
    expect(watch.stillAt(0)).toBe(false);
    expect(watch.stillAt(MIN_STILL_MS - 1)).toBe(false);
    expect(watch.stillAt(MIN_STILL_MS)).toBe(true);
  });

  it('counts a box that moved by the event as a move then, though no observer reported it (review finding: a page moved a mark under the cursor and turned a click into \u2018Niet voor mij\u2019)', () => {
    const { watch, at, move } = setUp();
    at(2000);
    expect(watch.stillAt(2000)).toBe(true);
    // The page moved the card under the cursor; the click comes before any observer reports.
    move({ left: 300, top: 480 });
    at(2150);
    expect(watch.stillAt(2150)).toBe(false);
    at(2600);
    expect(watch.stillAt(2600)).toBe(false);
    at(2650);
    expect(watch.stillAt(2650)).toBe(true);
  });

  it('uses the event’s own time, not the later moment the page let the handler run', () => {
    const { watch, at } = setUp();
    // The page kept the main thread busy: the click of t=200 is handled at t=900.
    at(900);
    expect(watch.stillAt(200)).toBe(false);
    // A time stamp from another clock (later than now) counts as now.
    at(400);
    expect(watch.stillAt(1e12)).toBe(false);
  });

  it('watches with a root shrunk to the box and starts again from a report’s time, re-armed for the new box', () => {
    const { watch, at, move, lastIo, ioCount } = setUp();
    expect(lastIo().options).toMatchObject({
      rootMargin: '-50px -700px -710px -100px',
      threshold: 1,
    });
    // The first report only states where things are.
    lastIo().report([{ intersectionRatio: 1, time: 16 }]);
    expect(ioCount()).toBe(1);
    at(600);
    expect(watch.stillAt(600)).toBe(true);
    // Moved (scrolled or repositioned): the observer reports, and watches the new box from then.
    move({ top: 300 });
    const moved = lastIo();
    moved.report([{ intersectionRatio: 0.2, time: 700 }]);
    expect(moved.disconnected).toBe(true);
    expect(lastIo()).not.toBe(moved);
    expect(lastIo().options.rootMargin).toBe('-300px -700px -460px -100px');
    at(1199);
    expect(watch.stillAt(1199)).toBe(false);
    at(1200);
    expect(watch.stillAt(1200)).toBe(true);
  });

  it('treats the first report as a change when the box moved before it came', () => {
    const { watch, at, move, lastIo } = setUp();
    at(1000);
    move({ left: 400 });
    lastIo().report([{ intersectionRatio: 1, time: 1000 }]);
    at(1400);
    expect(watch.stillAt(1400)).toBe(false);
    expect(lastIo().options.rootMargin).toBe('-50px -400px -710px -400px');
  });

  it('watches a box a scroller clips from the share it shows', () => {
    const { watch, at, lastIo, ioCount } = setUp();
    lastIo().report([{ intersectionRatio: 0.5, time: 16 }]);
    expect(ioCount()).toBe(2);
    expect(lastIo().options.threshold).toBe(0.5);
    lastIo().report([{ intersectionRatio: 0.5, time: 32 }]);
    expect(ioCount()).toBe(2);
    at(600);
    expect(watch.stillAt(600)).toBe(true);
  });

  it('takes a new size as a change, not the ResizeObserver’s first report', () => {
    const { watch, at, move, resized } = setUp();
    at(600);
    resized();
    expect(watch.stillAt(600)).toBe(true);
    move({ height: 120 });
    resized();
    at(1000);
    expect(watch.stillAt(1000)).toBe(false);
    at(1100);
    expect(watch.stillAt(1100)).toBe(true);
  });

  it('starts again on restart (visible again, or new content)', () => {
    const { watch, at } = setUp();
    at(800);
    watch.restart();
    at(1200);
    expect(watch.stillAt(1200)).toBe(false);
    at(1300);
    expect(watch.stillAt(1300)).toBe(true);
  });

  it('goes on from the stillness of the element it replaces in the same box (review finding: a refresh resets the click guard of a kept mark)', () => {
    const box = { left: 100, top: 50, width: 200, height: 40 };
    const old = setUp(box);
    old.at(400);
    expect(old.watch.stillness()).toEqual({ box, since: 0 });
    // Redrawn at t=400 in the same box: a click at t=500 counts, as it would have on the old one.
    const { watch, at } = setUp(box, old.watch.stillness(), 400);
    at(500);
    expect(watch.stillAt(500)).toBe(true);
  });

  it('starts again for an element that replaces one somewhere else, or one that moved before it went', () => {
    const box = { left: 100, top: 50, width: 200, height: 40 };
    const moved = setUp({ ...box, top: 300 }, { box, since: 0 }, 400);
    moved.at(800);
    expect(moved.watch.stillAt(800)).toBe(false);
    moved.at(900);
    expect(moved.watch.stillAt(900)).toBe(true);
    const old = setUp(box);
    old.at(400);
    old.move({ left: 20 });
    expect(old.watch.stillness()).toEqual({ box: { ...box, left: 20 }, since: 400 });
  });

  it('arms no observer for a box without size, and none after disconnect', () => {
    const { watch, move, ioCount, resized } = setUp({ left: 0, top: 0, width: 0, height: 0 });
    expect(ioCount()).toBe(0);
    move({ width: 300, height: 100 });
    resized();
    expect(ioCount()).toBe(1);
    watch.disconnect();
    watch.restart();
    expect(ioCount()).toBe(1);
  });

  it('shrinks the root beyond the viewport for a box partly outside it', () => {
    expect(
      rootMarginFor({ left: -20, top: 700, width: 100, height: 200 }, { width: 1000, height: 800 }),
    ).toBe('-700px -920px 100px 20px');
  });
});
