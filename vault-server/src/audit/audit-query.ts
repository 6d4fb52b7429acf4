import { z } from 'zod';

/**
 * The largest seq there can be: audit_log.seq is a 32-bit INTEGER on PostgreSQL, so a larger cursor
 * would fail in the database (a 500) instead of being refused as the client's mistake.
 */
export const MAX_AUDIT_SEQ = 2 ** 31 - 1;

const Seq = z.coerce.number().int().max(MAX_AUDIT_SEQ);

/**
 * The query of GET /pods/{pod}/audit: oldest-first from `after` (order=asc, the default, as the
 * export and the chain read it), or newest-first from just before `before` (order=desc, as the
 * owner's page shows it: today's entries first, however long the log).
 */
export const AuditQuery = z
  .object({
    order: z.enum(['asc', 'desc']).default('asc'),
    after: Seq.min(-1).optional(),
    before: Seq.min(0).optional(),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict()
  .refine((query) => (query.order === 'asc' ? query.before : query.after) === undefined, {
    message: '`after` goes with order=asc, `before` with order=desc',
  });
export type AuditQuery = z.output<typeof AuditQuery>;
