/**
 * `verwonder/get-taste-count`: how much the person told or did (on the device, and the vault's
 * cached records of every category), and whether the popup may invite them to state interests.
 * The vault's cache is read only for the categories in use, so it holds nothing while the mode is
 * off and no behaviour while it is limited: a paired person counts as known whatever it holds, and
 * nobody is invited while personalisation is off (the invitation is then no answer to anything).
 */
import { CATEGORY_IDS } from '../control/categories.ts';
import { parseProfile, PROFILE_KEY } from '../control/local-profile.ts';
import { parseSettings, SETTINGS_KEY } from '../control/settings.ts';
import type { TasteCountResponse } from '../messaging/runtime-messages.ts';
import { isPaired } from '../vault/pairing-status.ts';
import type { BackgroundDeps } from './background-deps.ts';

export async function tasteCount(deps: BackgroundDeps): Promise<TasteCountResponse> {
  const profile = parseProfile((await deps.local.get(PROFILE_KEY))[PROFILE_KEY]);
  const local = profile.interests.length + profile.browsing.length + profile.feedback.length;
  const vault = deps.vaultTaste ? (await deps.vaultTaste(CATEGORY_IDS)).length : 0;
  const count = local + vault;
  const settings = parseSettings((await deps.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  const invite = count === 0 && settings.mode !== 'off' && !(await isPaired(deps.local));
  return { count, invite };
}
