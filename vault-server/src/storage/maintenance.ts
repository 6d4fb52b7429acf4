import type { VaultStorage } from './vault-storage.ts';

/**
 * After an erasure: SQLite copies pages into the WAL, so fold the WAL back and truncate it, leaving no
 * older page images behind (deleted rows are zeroed in the main file by secure_delete).
 */
export async function compactAfterErasure(storage: VaultStorage): Promise<void> {
  if (storage.dialect === 'sqlite') await storage.driver.all('PRAGMA wal_checkpoint(TRUNCATE)');
}
