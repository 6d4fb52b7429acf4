/**
 * Content script <-> background, only on the person's click in a form: the vault's profile fields.
 * Apart from runtime-messages.ts so the content script parses the answer without carrying every
 * message's schema.
 */
import { literal, strictObject, type infer as Infer } from 'zod/mini';

import { ProfileFieldsSchema } from '../forms/profile-fields.ts';

export const GetProfileFieldsSchema = strictObject({
  type: literal('verwonder/get-profile-fields'),
});

/** Background -> content script: empty when unpaired, not granted or `profile` is off on the site. */
export const ProfileFieldsResponseSchema = strictObject({ fields: ProfileFieldsSchema });
export type ProfileFieldsResponse = Infer<typeof ProfileFieldsResponseSchema>;
