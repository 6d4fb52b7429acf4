import { DataCategoryId, Purpose, Scope } from '@verwonder/shared';
import { z } from 'zod';
import type { SqlRow } from '../../storage/sql-driver.ts';
import type { StoredGrant } from './oauth-store.ts';

const str = (row: SqlRow, column: string): string => String(row[column]);
const optStr = (row: SqlRow, column: string): string | null =>
  row[column] === null || row[column] === undefined ? null : String(row[column]);
const words = (value: string): string[] => value.split(' ').filter((word) => word.length > 0);

const Words = z.string().transform(words);
const Instant = z.iso.datetime({ offset: true });
/** A grant row as the shared ConsentGrant needs it to be (exports, receipts): checked on every read. */
const GrantRow = z
  .object({
    id: z.string().min(1),
    pod: z.string().min(1),
    web_id: z.url(),
    client_id: z.url(),
    client_name: z.string().min(1).max(200),
    scopes: Words.pipe(z.array(Scope).min(1)),
    purpose: Purpose,
    rank_categories: Words.pipe(z.array(DataCategoryId)),
    created_at: Instant,
    expires_at: Instant,
    revoked_at: Instant.nullable(),
    revoked_reason: z.string().nullable(),
    // Compared as an exact string only; absent on grants made before it was kept.
    redirect_uri: z.string().min(1).nullish(),
  })
  .refine((row) => row.expires_at > row.created_at);

const COLUMNS = Object.keys(GrantRow.shape);
/**
 * Parsed rows by their columns' values: a site's token reads each parse the same grant row, and the
 * parse is a tenth of a read. The key holds every column the result depends on, so a revoked or
 * changed row parses afresh; results are frozen because callers share them.
 */
const parsedRows = new Map<string, StoredGrant>();
const MAX_PARSED_ROWS = 2_000;

/** A row that does not parse becomes a damaged grant, never an exception: lists, exports and revocation go on. */
export function parseGrantRow(row: SqlRow): StoredGrant {
  const key = JSON.stringify(COLUMNS.map((column) => row[column] ?? null));
  const known = parsedRows.get(key);
  if (known) return known;
  const grant = deepFreeze(parseRow(row));
  if (parsedRows.size >= MAX_PARSED_ROWS) parsedRows.delete(parsedRows.keys().next().value!);
  parsedRows.set(key, grant);
  return grant;
}

function deepFreeze<T extends object>(value: T): T {
  for (const field of Object.values(value))
    if (field && typeof field === 'object') Object.freeze(field);
  return Object.freeze(value);
}

function parseRow(row: SqlRow): StoredGrant {
  const parsed = GrantRow.safeParse(row);
  if (!parsed.success)
    return {
      damaged: true,
      id: str(row, 'id'),
      pod: str(row, 'pod'),
      clientId: str(row, 'client_id'),
      clientName: str(row, 'client_name'),
      createdAt: str(row, 'created_at'),
      expiresAt: str(row, 'expires_at'),
      revokedAt: optStr(row, 'revoked_at'),
      revokedReason: optStr(row, 'revoked_reason'),
    };
  const grant = parsed.data;
  return {
    id: grant.id,
    pod: grant.pod,
    webId: grant.web_id,
    clientId: grant.client_id,
    clientName: grant.client_name,
    scopes: grant.scopes,
    purpose: grant.purpose,
    rankCategories: grant.rank_categories,
    createdAt: grant.created_at,
    expiresAt: grant.expires_at,
    revokedAt: grant.revoked_at,
    revokedReason: grant.revoked_reason,
    ...(grant.redirect_uri ? { redirectUri: grant.redirect_uri } : {}),
  };
}
