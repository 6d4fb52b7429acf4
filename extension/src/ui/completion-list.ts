/**
 * The list of search completions under the site's search field, in a closed shadow root hung at the
 * end of <body> (the site's form is not touched). The site's input keeps the focus, as in the ARIA
 * combobox pattern, but gets no attribute: aria-expanded or aria-activedescendant on it would tell
 * the page when Verwonder has suggestions and which one the person is on, and an IDREF cannot point
 * into a closed shadow root anyway. A live region inside the root says instead how many there are
 * and which one is chosen. The box has one fixed height, so its size tells the page nothing either.
 * A click picks only when the list has been shown, unchanged and in place, for MIN_STILL_MS
 * (watch-stillness.ts): the page must not move it under a cursor aimed at something else.
 */
import { COMPLETION_MESSAGES } from '../i18n/completion-messages.ts';
import type { Completion } from '../complete/rank-completions.ts';
import { createUiHost, element, styleElement, type UiHost } from './ui-host.ts';
import { unfindableText } from './unfindable-text.ts';
import { watchStillness } from './watch-stillness.ts';

const CSS = `
:host([data-verwonder="complete"]) { position: absolute !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; margin: 0 !important; z-index: 2147483647 !important; }
.complete { position: absolute; display: block; width: 320px; padding: 6px 0; border: 2px solid #c8102e; border-radius: 8px; background: #fff; box-shadow: 0 4px 14px rgba(0,0,0,.18); }
.complete[hidden] { display: none; }
.complete-head { display: flex; align-items: center; gap: 6px; padding: 0 10px 4px; }
.complete-list { display: block; height: 264px; overflow: hidden; margin: 0; padding: 0; }
.complete-option { display: block; height: 44px; padding: 4px 10px; cursor: pointer; list-style: none; overflow: hidden; }
.complete-option[aria-selected="true"] { background: #0057b8; }
.complete-option[aria-selected="true"] span { color: #fff; }
.complete-label { display: block; font-weight: 700; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.complete-why { display: block; font-size: 12px; color: #555; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.complete-foot { display: block; padding: 4px 10px 0; font-size: 12px; color: #555; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export interface CompletionList {
  ui: UiHost;
  isOpen(): boolean;
  /** Shows these completions under `anchor` (none: "Geen suggesties."), nothing chosen yet. */
  open(anchor: Element, completions: readonly Completion[]): void;
  close(): void;
  /** Moves the choice down (1) or up (-1), wrapping. */
  move(step: 1 | -1): void;
  chosen(): Completion | undefined;
  /** Whether the page made the list invisible or covered it (then a pick is refused). */
  obscured(): boolean;
  disconnect(): void;
}

export function completionList(
  document: Document,
  language: 'nl' | 'en',
  onPick: (completion: Completion) => void,
): CompletionList {
  const messages = COMPLETION_MESSAGES[language];
  const ui = createUiHost(document, 'complete');
  const style = styleElement(document, CSS);
  const box = element(document, 'div', 'complete');
  box.hidden = true;
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', messages.label);
  const head = element(document, 'div', 'complete-head');
  head.append(
    element(document, 'span', 'pill', 'Verwonder'),
    element(document, 'span', 'note', messages.note),
  );
  const list = element(document, 'ul', 'complete-list');
  list.id = 'verwonder-complete-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', messages.label);
  const foot = element(document, 'div', 'complete-foot', messages.keys);
  const status = element(document, 'div', 'sr-only');
  status.setAttribute('role', 'status');
  box.append(head, list, foot);
  ui.wrap.append(style, box, status);
  const still = watchStillness(box);

  let shown: readonly Completion[] = [];
  let index = -1;
  const options = () => [...list.children] as HTMLElement[];

  const render = () => {
    options().forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const current = shown[index];
    if (current)
      unfindableText(
        status,
        messages.position
          .replace('{label}', current.label)
          .replace('{index}', String(index + 1))
          .replace('{count}', String(shown.length))
          .replace('{why}', current.why),
      );
  };

  const obscured = () => {
    const view = document.defaultView;
    if (!view || box.hidden || !ui.host.isConnected) return true;
    let opacity = 1;
    for (let node: Element | null = ui.host; node; node = node.parentElement) {
      const computed = view.getComputedStyle(node);
      opacity *= Number.parseFloat(computed.opacity || '1');
      if (computed.visibility === 'hidden' || computed.display === 'none') return true;
    }
    if (opacity < 0.9) return true;
    // The list's centre must hit the list (a closed root answers with its host).
    const rect = list.getBoundingClientRect();
    const x = rect.left + rect.width / 2;
    const y = rect.top + Math.min(rect.height / 2, 22);
    if (x < 0 || y < 0 || x >= view.innerWidth || y >= view.innerHeight) return false;
    return document.elementFromPoint(x, y) !== ui.host;
  };

  return {
    ui,
    isOpen: () => !box.hidden,
    open(anchor, completions) {
      shown = completions;
      index = -1;
      list.replaceChildren(
        ...completions.map((completion, i) => {
          const option = element(document, 'li', 'complete-option');
          option.id = `verwonder-complete-${i}`;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.append(element(document, 'span', 'complete-label', completion.label));
          if (completion.why)
            option.append(element(document, 'span', 'complete-why', completion.why));
          // Keep the focus in the site's field; the click itself picks.
          option.addEventListener('mousedown', (event) => event.preventDefault());
          option.addEventListener('click', (event) => {
            if (event.isTrusted && !obscured() && still.stillAt(event.timeStamp))
              onPick(completion);
          });
          return option;
        }),
      );
      if (completions.length === 0) {
        const empty = element(document, 'li', 'complete-option', messages.none);
        empty.setAttribute('aria-disabled', 'true');
        list.append(empty);
      }
      // Under the field, measured against the host (whatever the page positions).
      const field = anchor.getBoundingClientRect();
      const origin = ui.host.getBoundingClientRect();
      box.style.top = `${field.bottom - origin.top + 4}px`;
      box.style.left = `${field.left - origin.left}px`;
      box.style.width = `${Math.max(260, Math.min(field.width, 600))}px`;
      box.hidden = false;
      // New options under the cursor: a click counts only once they have been seen.
      still.restart();
      unfindableText(
        status,
        completions.length === 0
          ? messages.none
          : messages.count.replace('{count}', String(completions.length)),
      );
    },
    close() {
      box.hidden = true;
      shown = [];
      index = -1;
      list.replaceChildren();
      unfindableText(status, '');
    },
    move(step) {
      if (shown.length === 0) return;
      index =
        index < 0 && step < 0 ? shown.length - 1 : (index + step + shown.length) % shown.length;
      render();
    },
    chosen: () => shown[index],
    obscured,
    disconnect: () => still.disconnect(),
  };
}
