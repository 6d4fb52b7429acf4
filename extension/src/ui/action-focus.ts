/**
 * The emphasis on an item page's primary action: a ring and a small "Verwonder" label drawn over
 * the site's own control, from the extension's closed shadow root. The control itself is not
 * touched: no attribute, class or style of the site's is changed, nothing moves (the host is
 * absolutely positioned, zero-sized, right after the control) and every click goes to the control
 * (pointer-events none). Its description, for screen readers, says what Verwonder did and why.
 * When the page hides, fades or covers the control, the emphasis hides too: it must never mark
 * something else that the page put in its place.
 */
import type { Language } from '../control/settings.ts';
import { FOCUS_MESSAGES } from '../i18n/focus-messages.ts';
import { createUiHost, element, styleElement, type UiHost } from './ui-host.ts';
import type { GuardedHost } from './visibility-guard.ts';

const FOCUS_CSS = `
:host([data-verwonder="focus"]) { position: absolute !important; display: block !important; width: 0 !important; height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; pointer-events: none !important; z-index: 2147483000 !important; }
.focus { display: block; position: absolute; pointer-events: none; border-radius: 8px; outline: 3px solid #1d1d1b; outline-offset: 3px; box-shadow: 0 0 0 9px rgba(255, 196, 0, 0.6); }
.focus-label { display: block; position: absolute; top: -14px; right: 8px; padding: 0 8px; border-radius: 999px; background: #1d1d1b; color: #fff; font-size: 12px; font-weight: 700; line-height: 18px; white-space: nowrap; pointer-events: none; }
.sr { display: block; position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .focus { animation: verwonder-focus 240ms ease-out; }
  @keyframes verwonder-focus { from { opacity: 0; } to { opacity: 1; } }
}
`;

/** Below this combined opacity the control counts as faded out by the page. */
const MIN_OPACITY = 0.9;

/** Whether a person sees `target` itself: shown, opaque, and on top where it is on screen. */
export function controlVisible(target: HTMLElement): boolean {
  const view = target.ownerDocument.defaultView;
  if (!view || !target.isConnected) return false;
  let opacity = 1;
  for (let node: Element | null = target; node; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    opacity *= Number.parseFloat(style.opacity || '1');
  }
  if (opacity < MIN_OPACITY) return false;
  const box = target.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  // Points inside the control away from rounded corners; the emphasis itself lets hits through.
  const y = box.top + box.height / 2;
  const points = [box.left + box.width / 2, box.left + box.width / 4, box.right - box.width / 4]
    .map((x) => [x, y] as const)
    .filter(([x]) => x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight);
  return points.every(([x]) => {
    const hit = target.ownerDocument.elementFromPoint(x, y);
    return !hit || hit === target || target.contains(hit);
  });
}

export interface ActionFocus {
  ui: UiHost;
  guard: GuardedHost;
}

/**
 * Draws the emphasis over `target` (inserted right after it) and keeps it there as the control
 * changes size or the window does. `reason` is the first reason of the suggestion, in `language`.
 */
export function actionFocus(
  target: HTMLElement,
  text: { action: string; reason: string; language: Language },
  onChange: () => void,
): ActionFocus {
  const document = target.ownerDocument;
  const view = document.defaultView;
  const messages = FOCUS_MESSAGES[text.language];
  const ui = createUiHost(document, 'focus');
  const style = styleElement(document, FOCUS_CSS);
  const ring = element(document, 'div', 'focus');
  ring.setAttribute('role', 'note');
  const label = element(document, 'span', 'focus-label', messages.focusLabel);
  label.setAttribute('aria-hidden', 'true');
  const note = messages.focusNote.replace('{action}', text.action).replace('{reason}', text.reason);
  ring.append(label, element(document, 'span', 'sr', note));
  ui.wrap.append(style, ring);
  target.after(ui.host);

  /** Over the control: offsets from the host's own (static) position, so scrolling changes nothing. */
  const place = () => {
    const host = ui.host.getBoundingClientRect();
    const box = target.getBoundingClientRect();
    ring.style.setProperty('left', `${box.left - host.left}px`);
    ring.style.setProperty('top', `${box.top - host.top}px`);
    ring.style.setProperty('width', `${box.width}px`);
    ring.style.setProperty('height', `${box.height}px`);
  };
  let obscured = false;
  const check = () => {
    if (ui.host.isConnected) place();
    const next = !controlVisible(target);
    if (next !== obscured) {
      obscured = next;
      ui.wrap.toggleAttribute('data-obscured', next);
      ui.host.setAttribute('data-verwonder-state', next ? 'obscured' : 'visible');
      onChange();
    }
    return obscured;
  };
  ui.host.setAttribute('data-verwonder-state', 'visible');
  const Resize = view?.ResizeObserver as typeof ResizeObserver | undefined;
  const resizes = Resize ? new Resize(() => check()) : undefined;
  resizes?.observe(target);
  const onResize = () => check();
  view?.addEventListener('resize', onResize, { passive: true });
  check();
  return {
    ui,
    guard: {
      check,
      obscured: () => obscured,
      // Nothing in it takes a click (hits go through to the site's own control).
      stillness: () => undefined,
      disconnect: () => {
        resizes?.disconnect();
        view?.removeEventListener('resize', onResize);
      },
    },
  };
}
