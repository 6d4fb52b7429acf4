import type { z } from 'zod';
import type { FieldErrors, FieldValues } from '../shared-ui/form-fields.ts';

export type FormResult<T> =
  | { ok: true; data: T; values: FieldValues }
  | { ok: false; errors: FieldErrors; values: FieldValues };

/** Keeps only single string values of a urlencoded body, to re-fill the form after an error. */
export function formValues(body: unknown): FieldValues {
  const values: FieldValues = {};
  if (body && typeof body === 'object') {
    for (const [key, value] of Object.entries(body))
      if (typeof value === 'string') values[key] = value.slice(0, 500);
  }
  return values;
}

/** Validates a posted form; the first message per field is kept for display next to it. */
export function parseForm<S extends z.ZodType>(schema: S, body: unknown): FormResult<z.infer<S>> {
  const values = formValues(body);
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data, values };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const name = String(issue.path[0] ?? 'formulier');
    errors[name] ??= issue.message;
  }
  return { ok: false, errors, values };
}
