import { AuditAction, DataCategoryId } from '@verwonder/shared';
import { z } from 'zod';
import type { AuditFilter } from '../storage/stores/audit-store.ts';

/**
 * The largest seq there can be: audit_log.seq is a 32-bit INTEGER on PostgreSQL, so a larger cursor
 * would fail in the database (a 500) instead of being refused as the client's mistake.
 */
export const MAX_AUDIT_SEQ = 2 ** 31 - 1;

const Seq = z.coerce.number().int().max(MAX_AUDIT_SEQ);
/** A day (UTC) that exists, so the day after it can be computed. */
const Day = z.iso.date().refine((day) => !Number.isNaN(Date.parse(day)), 'not a date');

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
    // The owner page's filters, answered by the database so they find entries not loaded yet.
    /** `owner`, `system`, `account`, or a site's client id. */
    site: z.string().min(1).max(500).optional(),
    category: DataCategoryId.optional(),
    action: AuditAction.optional(),
    /** Days (UTC), both included. */
    from: Day.optional(),
    to: Day.optional(),
  })
  .strict()
  .refine((query) => (query.order === 'asc' ? query.before : query.after) === undefined, {
    message: '`after` goes with order=asc, `before` with order=desc',
  });
export type AuditQuery = z.output<typeof AuditQuery>;

/** The query's filters as the store takes them. */
export function auditFilterOf(query: AuditQuery): AuditFilter {
  const { site, category, action, from, to } = query;
  return {
    site,
    category,
    action,
    fromTime: from,
    // The day after `to`: an entry of that whole day is in.
    beforeTime: to && new Date(Date.parse(to) + 86_400_000).toISOString().slice(0, 10),
  };
}
