/**
 * Anti-clickjacking for injected UI: when the page makes a host transparent, hides it or covers
 * it, the UI hides itself (and ignores clicks) instead of being used for clicks the person did
 * not see. Signals: IntersectionObserver v2 (`trackVisibility`, Chromium), and checks of the
 * computed opacity/visibility of the host's ancestors and of `elementFromPoint` — run when the
 * page's DOM or styles change (collected by the controller's MutationObserver) and before every
 * click or key press on the UI. No polling. A click, pointer-down or key press also counts only
 * when the host has been visible and in the same place for MIN_STILL_MS (watch-stillness.ts): a
 * page that moves a mark under the cursor just before a click must not turn it into a reaction.
 */
import type { UiHost } from './ui-host.ts';
import { watchStillness, type Stillness } from './watch-stillness.ts';

/** Below this combined opacity the UI counts as made transparent. */
const MIN_OPACITY = 0.9;

/** Why a host counts as obscured, or undefined when the person can see it. */
export function obscuredReason(
  host: HTMLElement,
): 'transparent' | 'hidden' | 'covered' | undefined {
  const view = host.ownerDocument.defaultView;
  if (!view || !host.isConnected) return undefined;
  let opacity = 1;
  for (let node: Element | null = host; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    opacity *= Number.parseFloat(style.opacity || '1');
    if (style.visibility === 'hidden' || style.display === 'none') return 'hidden';
  }
  if (opacity < MIN_OPACITY) return 'transparent';
  const box = host.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return 'hidden';
  // Probe the centre and the corners that are on screen; a closed root retargets hits to the host.
  const points = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + 2, box.top + 2],
    [box.right - 2, box.bottom - 2],
  ].filter(([x = -1, y = -1]) => x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight);
  for (const [x = 0, y = 0] of points) {
    const hit = host.ownerDocument.elementFromPoint(x, y);
    if (hit && hit !== host && !host.contains(hit)) return 'covered';
  }
  return undefined;
}

export interface GuardedHost {
  /** Re-checks now; returns whether the host is obscured. */
  check(): boolean;
  obscured(): boolean;
  /** For a copy drawn in its place (guardVisibility's `carried`); none while it is obscured. */
  stillness(): Stillness | undefined;
  disconnect(): void;
}

type VisibilityEntry = IntersectionObserverEntry & { isVisible?: boolean };

/**
 * Guards `ui`. `carried`: the stillness of the host it replaces, showing the same (a redraw after a
 * new ranking); in the same box, the wait goes on from there instead of starting again.
 */
export function guardVisibility(
  ui: UiHost,
  onChange: () => void,
  carried?: Stillness,
): GuardedHost {
  let obscured = false;
  let ioSaysHidden = false;
  const still = watchStillness(ui.host, undefined, carried);
  const set = (next: boolean) => {
    if (next === obscured) return;
    obscured = next;
    // Visible again after being hidden or covered: the person has not seen it there yet.
    if (!next) still.restart();
    ui.wrap.toggleAttribute('data-obscured', next);
    ui.wrap.inert = next;
    ui.host.setAttribute('data-verwonder-state', next ? 'obscured' : 'visible');
    onChange();
  };
  const check = () => {
    set(ioSaysHidden || obscuredReason(ui.host) !== undefined);
    return obscured;
  };
  ui.host.setAttribute('data-verwonder-state', 'visible');

  let observer: IntersectionObserver | undefined;
  const view = ui.host.ownerDocument.defaultView;
  // Absent in old browsers and some test DOMs; then the first check waits for a frame.
  const Observer = view?.IntersectionObserver as typeof IntersectionObserver | undefined;
  if (Observer) {
    const options = {
      threshold: [0, 1],
      trackVisibility: true,
      delay: 100,
    } as IntersectionObserverInit;
    observer = new Observer((entries) => {
      for (const entry of entries as VisibilityEntry[]) {
        // isVisible is only meaningful while on screen; off screen nobody can click it anyway.
        if (entry.isIntersecting && entry.isVisible !== undefined) ioSaysHidden = !entry.isVisible;
      }
      check();
    }, options);
    observer.observe(ui.host);
  } else {
    view?.requestAnimationFrame(() => check());
  }

  // Before any click or key press reaches the UI, look again: a page can restyle or move it in
  // between. Tab only moves the focus (and tabbing to a mark scrolls it): not held back for a move.
  const gate = (event: Event) => {
    // check() first: when it finds the host visible again, that restarts the wait.
    const held =
      check() || ((event as KeyboardEvent).key !== 'Tab' && !still.stillAt(event.timeStamp));
    if (held) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };
  for (const type of ['click', 'keydown', 'pointerdown'] as const) {
    ui.wrap.addEventListener(type, gate, { capture: true });
  }

  return {
    check,
    obscured: () => obscured,
    stillness: () => (obscured ? undefined : still.stillness()),
    disconnect: () => {
      observer?.disconnect();
      still.disconnect();
    },
  };
}
