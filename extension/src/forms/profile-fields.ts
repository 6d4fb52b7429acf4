/**
 * What the input assistance may fill: the four `profile` fields the vault keeps (shared's
 * ProfileData), parsed with the same limits wherever they cross a boundary (pod -> background ->
 * content script).
 */
import {
  maxLength,
  optional,
  regex,
  string,
  strictObject,
  object,
  type infer as Infer,
} from 'zod/mini';

export const PROFILE_FIELD_IDS = ['name', 'email', 'postalCode', 'aKaartNumber'] as const;
export type ProfileFieldId = (typeof PROFILE_FIELD_IDS)[number];

const fields = {
  name: optional(string().check(maxLength(200))),
  email: optional(string().check(maxLength(320), regex(/^[^\s@]+@[^\s@]+$/))),
  postalCode: optional(string().check(regex(/^[1-9][0-9]{3}$/))),
  aKaartNumber: optional(string().check(regex(/^[0-9]{6,16}$/))),
};

/** Between the extension's own parts: nothing else. */
export const ProfileFieldsSchema = strictObject(fields);
export type ProfileFields = Infer<typeof ProfileFieldsSchema>;

/** The `data` of a pod's `profile` record (other members ignored). */
export const ProfileRecordDataSchema = object(fields);
