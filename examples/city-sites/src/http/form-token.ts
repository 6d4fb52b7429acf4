import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import type { FieldValues } from '../shared-ui/form-fields.ts';

/**
 * A one-time token per rendered form, so a form sent twice (a double click, a reload after a slow
 * answer) is one order: it is the write's idempotency key and seeds the confirmation number.
 */
const TOKEN = /^[A-Za-z0-9_-]{22}$/;

export const FORM_TOKEN_FIELD = 'formulier';

export function newFormToken(): string {
  return randomBytes(16).toString('base64url');
}

/** The hidden field; a form shown again after an error keeps its token (it is still the same order). */
export function formTokenField(values: FieldValues = {}): SafeHtml {
  const kept = values[FORM_TOKEN_FIELD];
  const token = kept && TOKEN.test(kept) ? kept : newFormToken();
  return markup`<input type="hidden" name="${FORM_TOKEN_FIELD}" value="${token}">`;
}

/** A missing or malformed token (an old page, a hand-made post) gets a fresh one: never an error. */
export const formToken = z
  .string()
  .regex(TOKEN)
  .catch(() => newFormToken());
