import { z } from 'zod';

/**
 * The largest seq there can be: audit_log.seq is a 32-bit INTEGER on PostgreSQL, so a larger cursor
 * would fail in the database (a 500) instead of being refused as the client's mistake.
 */
export const MAX_AUDIT_SEQ = 2 ** 31 - 1;

/** The query of GET /pods/{pod}/audit. */
export const AuditQuery = z
  .object({
    after: z.coerce.number().int().min(-1).max(MAX_AUDIT_SEQ).default(-1),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
  })
  .strict();
