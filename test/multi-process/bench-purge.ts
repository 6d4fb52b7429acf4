/**
 * Issue 13, item 7 figure: one retention purge over many pods on PostgreSQL, each pod with a fresh
 * loan and the first `expiring` pods also with an expired one (rows inserted directly: the purge
 * never decrypts). PURGE_MODULE=<path> measures another implementation (e.g. the old one).
 *
 *   node --import tsx test/multi-process/bench-purge.ts [pods=5000] [expiring=pods]
 */
import { pino } from 'pino';
import type { purgeExpired as PurgeExpired } from '../../vault-server/src/gdpr/retention.ts';
import { loadConfig } from '../../vault-server/src/config/vault-config.ts';
import { Keyring } from '../../vault-server/src/crypto/keyring.ts';
import { AES_GCM_CIPHER } from '../../vault-server/src/crypto/record-cipher.ts';
import { createVaultContext } from '../../vault-server/src/vault-context.ts';
import { startCluster } from './vault-processes.ts';

const pods = Number(process.argv[2] ?? 5000);
const expiring = Number(process.argv[3] ?? pods);
const { purgeExpired } = (await import(
  process.env.PURGE_MODULE ?? '../../vault-server/src/gdpr/retention.ts'
)) as { purgeExpired: typeof PurgeExpired };
const cluster = await startCluster();
try {
  const storage = await cluster.storage();
  const db = storage.driver;
  const now = new Date().toISOString();
  await db.run(
    `INSERT INTO accounts (id, pod_name, display_name, user_handle, created_at)
     SELECT 'acc-' || n, 'p' || n, 'p' || n, 'uh-' || n, ? FROM generate_series(1, ?) AS n`,
    [now, pods],
  );
  await db.run(
    `INSERT INTO data_keys (pod, category, version, kek_id, wrapped, active, created_at)
     SELECT 'p' || n, 'loans', 1, 'k', '\\x00'::bytea, 1, ? FROM generate_series(1, ?) AS n`,
    [now, pods],
  );
  for (const [suffix, time, count] of [
    ['old', '2001-01-01T00:00:00.000Z', expiring],
    ['new', now, pods],
  ] as const)
    await db.run(
      `INSERT INTO records (pod, id, category, time, key_version, nonce, ciphertext, etag, created_at, updated_at)
       SELECT 'p' || n, 'r-${suffix}-' || n, 'loans', ?, 1, '\\x00'::bytea, '\\x00'::bytea, 'e', ?, ? FROM generate_series(1, ?) AS n`,
      [time, now, now, count],
    );
  const config = loadConfig({}, { masterKeyFile: cluster.masterKeyFile, logLevel: 'silent' });
  const ctx = createVaultContext(
    config,
    storage,
    new Keyring({ file: cluster.masterKeyFile, generate: false }),
    AES_GCM_CIPHER,
    pino({ level: 'silent' }),
  );
  const started = performance.now();
  const results = await purgeExpired(ctx);
  const ms = performance.now() - started;
  const removed = results.reduce((n, r) => n + r.removed, 0);
  console.log(
    `${pods} pods, ${expiring} with an expired record: ${removed} expired records removed in ${Math.round(ms)} ms (${(ms / pods).toFixed(2)} ms per pod)`,
  );
} finally {
  await cluster.dispose();
}
