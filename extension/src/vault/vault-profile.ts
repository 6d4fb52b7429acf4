/**
 * The person's `profile` fields for the input assistance, read from the pod only when they click
 * "fill in" (never cached): the newest record's value of each field wins.
 */
import { object, string, unknown } from 'zod/mini';

import { recordContainerOf } from '@verwonder/shared/wire/record-container.ts';

import {
  PROFILE_FIELD_IDS,
  ProfileRecordDataSchema,
  type ProfileFields,
} from '../forms/profile-fields.ts';
import type { VaultConnection } from './vault-connection.ts';

const ContainerSchema = recordContainerOf(object({ time: string(), data: unknown() }));

export async function readProfileFields(connection: VaultConnection): Promise<ProfileFields> {
  const session = await connection.session();
  if (!session?.scopes.includes('profile:read')) return {};
  const response = await connection.request('GET', 'profile/?limit=50');
  if (!response.ok) {
    await response.body?.cancel();
    return {};
  }
  const parsed = ContainerSchema.safeParse(await response.json());
  if (!parsed.success) return {};
  const fields: ProfileFields = {};
  const newestFirst = [...parsed.data.contains].sort((a, b) => b.time.localeCompare(a.time));
  for (const record of newestFirst) {
    // A record with one malformed field gives none: it cannot be trusted for a form.
    const data = ProfileRecordDataSchema.safeParse(record.data);
    if (!data.success) continue;
    for (const id of PROFILE_FIELD_IDS) fields[id] ??= data.data[id];
  }
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
