/**
 * Completions on the site's own search field (input assistance). Only the person's own, trusted
 * key presses and clicks drive it; what they type goes to the background worker (never to the
 * site), the answer is shown in the extension's closed shadow root, and the site's field gets a
 * completion only when the person picks one (Enter or a click), with the input event a typed word
 * would give. Arrow keys choose, Escape closes. Off on the site (or the mode off): nothing at all.
 */
import { isActiveOn, parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import type { StorageArea } from '../control/storage-area.ts';
import type { Completion } from '../complete/rank-completions.ts';
import { CompleteResponseSchema } from '../messaging/complete-messages.ts';
import type { RuntimeRequest } from '../messaging/runtime-messages.ts';
import { siteAdapterFor } from '../page/site-adapters.ts';
import { completionList, type CompletionList } from '../ui/completion-list.ts';
import { findSearchInput } from './find-search-input.ts';

export interface CompletionEnv {
  document: Document;
  local: StorageArea;
  onStorageChanged(listener: (keys: readonly string[]) => void): void;
  send(message: RuntimeRequest): Promise<unknown>;
}

export function startSearchCompletion(env: CompletionEnv): void {
  const { document } = env;
  const view = document.defaultView;
  if (!view) return;
  const origin = view.location.origin;
  const site = siteAdapterFor(document)?.key ?? 'page';
  let detach: (() => void) | undefined;
  let language = '';

  const attach = (input: HTMLInputElement, lang: 'nl' | 'en') => {
    let asked = 0;
    const pick = (completion: Completion) => {
      list.close();
      // Only now does the site see anything: the text, as if typed, with its input event.
      input.value = completion.label;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    };
    const list: CompletionList = completionList(document, lang, pick);
    document.body.append(list.ui.host);

    const onInput = (event: Event) => {
      if (!event.isTrusted || event.target !== input) return;
      const text = input.value.slice(0, 100);
      const run = ++asked;
      if (text.trim().length < 2) return void list.close();
      void env
        .send({ type: 'verwonder/complete', text, site })
        .then((answer) => {
          const parsed = CompleteResponseSchema.safeParse(answer);
          // A later key press wins; the field may also have changed meanwhile.
          if (run !== asked || input.value.slice(0, 100) !== text) return;
          if (document.activeElement !== input) return;
          list.open(input, parsed.success ? parsed.data.completions : []);
        })
        .catch(() => undefined);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.target !== input || !list.isOpen()) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp')
        list.move(event.key === 'ArrowDown' ? 1 : -1);
      else if (event.key === 'Escape') list.close();
      else if (event.key === 'Enter') {
        const chosen = list.chosen();
        // Nothing chosen: Enter is the site's (its search runs with what was typed).
        if (!chosen) return void list.close();
        if (!list.obscured()) pick(chosen);
      } else return;
      // Handled here: the page gets neither the key nor its default action, nor its key-up.
      event.preventDefault();
      event.stopImmediatePropagation();
      swallowed.add(event.code);
    };
    const swallowed = new Set<string>();
    const onKeyUp = (event: KeyboardEvent) => {
      if (!event.isTrusted || !swallowed.delete(event.code)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    const onBlur = () => list.close();
    // Capture on the window: ahead of the page's own handlers on the field.
    view.addEventListener('keydown', onKey, true);
    view.addEventListener('keyup', onKeyUp, true);
    input.addEventListener('input', onInput);
    input.addEventListener('blur', onBlur);
    detach = () => {
      view.removeEventListener('keydown', onKey, true);
      view.removeEventListener('keyup', onKeyUp, true);
      input.removeEventListener('input', onInput);
      input.removeEventListener('blur', onBlur);
      list.disconnect();
      list.ui.host.remove();
      detach = undefined;
    };
  };

  const update = async () => {
    const settings = parseSettings((await env.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const active = isActiveOn(settings, origin);
    if (detach && (!active || settings.language !== language)) detach();
    if (!active || detach) return;
    const input = findSearchInput(document);
    if (!input || !document.body) return;
    language = settings.language;
    attach(input, settings.language);
  };

  env.onStorageChanged((keys) => {
    if (keys.includes(SETTINGS_KEY)) void update();
  });
  void update();
}
