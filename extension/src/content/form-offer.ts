/** The content script's side of the input assistance: where to offer it, and the click's request. */
import type { CategoryId } from '../control/categories.ts';
import { matchFormFields } from '../forms/match-form-fields.ts';
import type { ProfileFields } from '../forms/profile-fields.ts';
import { ProfileFieldsResponseSchema } from '../messaging/profile-fields-messages.ts';
import { PAIRING_STATUS_KEY, parsePairingStatus } from '../vault/pairing-status.ts';
import type { ContentEnv } from './content-env.ts';

/** The vault's profile fields, asked only on the person's click in a form. */
export async function askProfileFields(env: ContentEnv): Promise<ProfileFields> {
  const parsed = ProfileFieldsResponseSchema.safeParse(
    await env.send({ type: 'verwonder/get-profile-fields' }),
  );
  return parsed.success ? parsed.data.fields : {};
}

/**
 * The forms to offer filling on: those with a field the assistance is sure of, when paired with
 * `profile:read` granted and `profile` on here (none otherwise).
 */
export async function formsToAssist(
  env: ContentEnv,
  allowed: readonly CategoryId[],
): Promise<HTMLFormElement[]> {
  if (!allowed.includes('profile')) return [];
  const status = parsePairingStatus((await env.local.get(PAIRING_STATUS_KEY))[PAIRING_STATUS_KEY]);
  if (status.state !== 'paired' || !(status.scopes ?? []).includes('profile:read')) return [];
  return [...env.document.forms].filter((form) => matchFormFields(form).length > 0);
}
