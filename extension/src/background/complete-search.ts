/**
 * The worker's answer to `verwonder/complete`: nothing when the extension is off on the sender's
 * site; otherwise completions ranked by the records allowed there (the limited mode: stated
 * interests only), local and, when paired, the vault's.
 */
import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { allowedCategories, isActiveOn, parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import { rankCompletions } from '../complete/rank-completions.ts';
import type { CompleteRequest, CompleteResponse } from '../messaging/complete-messages.ts';
import { localTasteRecords } from '../ranking/taste-record.ts';
import type { BackgroundDeps } from './background-deps.ts';

export async function completeSearch(
  request: CompleteRequest,
  origin: string,
  deps: Pick<BackgroundDeps, 'local' | 'vaultTaste'>,
): Promise<CompleteResponse> {
  const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (!isActiveOn(settings, origin)) return { completions: [] };
  const allowed = allowedCategories(settings, origin);
  const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
  const local = localTasteRecords(profile).filter((record) => allowed.includes(record.category));
  const vault = allowed.length > 0 && deps.vaultTaste ? await deps.vaultTaste(allowed) : [];
  return {
    completions: rankCompletions(request.text, {
      site: request.site,
      language: settings.language,
      records: [...local, ...vault],
    }),
  };
}
