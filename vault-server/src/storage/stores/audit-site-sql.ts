import type { Dialect } from '../sql-driver.ts';

/**
 * Who an audit entry's actor is, as the owner's audit page filters by it: a site's client id, or
 * the actor's type (`owner`, `system`, `account`; a client id is a URL, never one of these). One
 * expression for the index (migration 10) and the query, so the database uses the one for the other;
 * never change it (a released migration builds its index from it).
 */
export function auditSiteSql(dialect: Dialect): string {
  return dialect === 'postgres'
    ? `(COALESCE(actor::jsonb ->> 'clientId', actor::jsonb ->> 'type'))`
    : `(COALESCE(json_extract(actor, '$.clientId'), json_extract(actor, '$.type')))`;
}
