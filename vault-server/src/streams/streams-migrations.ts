import type { Migration } from '../storage/migrations.ts';
import { migrate } from '../storage/migrate.ts';
import type { SqlDriver } from '../storage/sql-driver.ts';

/**
 * The city-stream tables, versioned on their own (`streams_schema_migrations`) like the OAuth ones.
 * A connection goes with its pod (erasure, rename) through the foreign key.
 */
export const STREAMS_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'connected city sources',
    sql: () => `
CREATE TABLE connected_sources (
  pod TEXT NOT NULL REFERENCES accounts(pod_name) ON DELETE CASCADE ON UPDATE CASCADE,
  source TEXT NOT NULL,
  subject TEXT NOT NULL,
  connected_at TEXT NOT NULL,
  PRIMARY KEY (pod, source)
);
CREATE UNIQUE INDEX connected_sources_subject ON connected_sources(source, subject);`,
  },
  {
    version: 2,
    name: 'used link codes',
    // A link code works once: its jti is kept until the code could no longer verify anyway. No pod
    // and no number, so nothing here is personal data or needs erasing with a pod.
    sql: () => `
CREATE TABLE used_source_links (
  source TEXT NOT NULL,
  jti TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (source, jti)
);
CREATE INDEX used_source_links_expires ON used_source_links(expires_at);`,
  },
];

export function migrateStreams(driver: SqlDriver): Promise<number[]> {
  return migrate(driver, STREAMS_MIGRATIONS, 'streams_schema_migrations');
}
