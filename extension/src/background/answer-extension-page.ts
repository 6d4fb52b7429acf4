/**
 * The requests of the extension's own pages (popup, options): the tab's page report, the records
 * count, the question after a conversion, pairing and unpairing. handle-runtime-message.ts checked
 * that the sender is one of those pages.
 */
import { StoredReportSchema, type RuntimeRequest } from '../messaging/runtime-messages.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { reportKey } from './page-reports.ts';
import { answerPrompt, forgetOpenQuestions, getPrompt } from './prompt-handler.ts';
import type { RuntimeResponse } from './runtime-response.ts';
import { tasteCount } from './taste-count.ts';

/** What only the extension's own pages may ask. */
export type ExtensionPageRequest = Extract<
  RuntimeRequest,
  {
    type:
      | 'verwonder/get-page-report'
      | 'verwonder/get-taste-count'
      | 'verwonder/get-prompt'
      | 'verwonder/answer-prompt'
      | 'verwonder/pair'
      | 'verwonder/unpair';
  }
>;

/** The answer, or undefined when the worker has no vault to pair with (tests of the rest). */
export async function answerExtensionPage(
  data: ExtensionPageRequest,
  deps: BackgroundDeps,
): Promise<RuntimeResponse | undefined> {
  switch (data.type) {
    case 'verwonder/get-page-report': {
      // The popup opened: what it shows should rest on the vault as it is now.
      deps.freshen?.();
      const stored = (await deps.session.get(reportKey(data.tabId)))[reportKey(data.tabId)];
      const parsed = StoredReportSchema.safeParse(stored);
      return parsed.success ? parsed.data : { places: [], obscured: false, origin: '' };
    }
    case 'verwonder/get-taste-count':
      return tasteCount(deps);
    case 'verwonder/get-prompt':
      return getPrompt(deps);
    case 'verwonder/answer-prompt':
      return answerPrompt(data, deps);
    case 'verwonder/pair':
    case 'verwonder/unpair': {
      if (!deps.vault) return undefined;
      try {
        if (data.type === 'verwonder/pair') await deps.vault.pair(data.vaultUrl);
        else {
          // The open question rests on the vault's records, which unpairing forgets.
          await forgetOpenQuestions(deps);
          await deps.vault.unpair();
        }
        return { ok: true };
      } catch {
        return { ok: false };
      }
    }
  }
}
