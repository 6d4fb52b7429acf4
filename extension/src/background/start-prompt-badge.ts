/**
 * The "?" badge while a question after a conversion waits: shown at start and looked at again when
 * anything it rests on changes (the questions, the vault's records, the settings).
 */
import browser from 'webextension-polyfill';

import type { CategoryId } from '../control/categories.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { INSIGHT_MESSAGES } from '../i18n/insight-messages.ts';
import { PROMPTS_KEY } from '../insight/feedback-prompts.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { serial } from '../vault/serial.ts';
import { VAULT_TASTE_VERSION_KEY } from '../vault/vault-taste.ts';
import { showPromptBadge } from './prompt-badge.ts';
import { waitingQuestion } from './prompt-handler.ts';

export function startPromptBadge(options: {
  vaultTaste(allowed: readonly CategoryId[]): Promise<TasteRecord[]>;
  /** The action's title when no question waits (the manifest's). */
  normalTitle: string;
}): void {
  const badges = serial();
  const refreshPromptBadge = () =>
    badges(async () => {
      const settings = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
      const question = await waitingQuestion({
        local: browser.storage.local,
        now: () => new Date(),
        newId: () => crypto.randomUUID(),
        vaultTaste: options.vaultTaste,
      });
      await showPromptBadge(browser.action, question !== undefined, {
        waiting: INSIGHT_MESSAGES[settings.language].badgeTitle,
        normal: options.normalTitle,
      });
    }).catch(() => undefined);
  browser.storage.onChanged.addListener((changes, area) => {
    if (
      area === 'local' &&
      (PROMPTS_KEY in changes || VAULT_TASTE_VERSION_KEY in changes || SETTINGS_KEY in changes)
    )
      void refreshPromptBadge();
  });
  void refreshPromptBadge();
}
