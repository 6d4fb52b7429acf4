import type { z } from 'zod';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

/** A problem with one query parameter, worded for the visitor. */
export interface QueryProblem {
  parameter: string;
  message: string;
}

/**
 * Parses `req.query` with a zod schema. Failures become an `invalid_input` VerwonderError whose
 * details list the offending parameters, so the error page can say what was wrong (400, never 500).
 */
export function parseQuery<S extends z.ZodType>(schema: S, query: unknown): z.infer<S> {
  const result = schema.safeParse(query ?? {});
  if (result.success) return result.data;
  const problems: QueryProblem[] = result.error.issues.map((issue) => ({
    parameter: issue.path.map(String).join('.') || '(zoekvraag)',
    message: issue.message,
  }));
  throw new VerwonderError('invalid_input', 'Ongeldige zoekparameters', { details: { problems } });
}
