import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';

/** Parses untrusted input (zod or zod/mini schema) or throws `invalid_input` with the zod issues as details. */
export function parseInput<S extends z.core.$ZodType>(
  schema: S,
  value: unknown,
  what = 'request',
): z.output<S> {
  const result = z.safeParse(schema, value);
  if (!result.success) {
    throw new VerwonderError('invalid_input', `invalid ${what}`, {
      details: {
        errors: result.error.issues.map((issue) => ({
          path: issue.path.join('.'),
          message: issue.message,
        })),
      },
    });
  }
  return result.data;
}

export const PodName = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{1,30}[a-z0-9])$/, '3 to 32 lowercase letters, digits or hyphens');
