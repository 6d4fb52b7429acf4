/**
 * Issue 14: no private key of the insight task lies in plaintext in a database. Each aggregator's
 * HPKE private key is sealed under a key file of its own, and the vault's upload key under the
 * vault's master key; the raw storage (the SQLite file with its WAL, every PostgreSQL row) holds none
 * of them in any encoding, and an aggregator restarted on its storage opens the same key (both engines).
 */
import { Buffer } from 'node:buffer';
import fs from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { AggregatorService } from '../vault-server/src/insight/aggregator/aggregator-service.ts';
import {
  startTestInsight,
  type TestInsight,
} from '../vault-server/src/insight/testing/test-insight.ts';
import { insightRoutes } from '../vault-server/src/insight/vault/insight-routes.ts';
import { Keyring } from '../vault-server/src/crypto/keyring.ts';
import { rotateMasterKey } from '../vault-server/src/crypto/rotate-master-key.ts';
import { insightUploadKey, loadUploadKey } from '../vault-server/src/insight/vault/upload-key.ts';
import { keyringSecretBox } from '../vault-server/src/oauth/keys/secret-box.ts';
import type { SqlDriver } from '../vault-server/src/storage/sql-driver.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import { startTestServer, type TestServer } from '../vault-server/src/testing/test-server.ts';

const describeEachEngine = await engineSuites();

/** A secret in every form storage might hold it: raw, hex, base64, base64url. */
function forms(secret: Buffer): Buffer[] {
  return [
    secret,
    Buffer.from(secret.toString('hex')),
    Buffer.from(secret.toString('base64').replace(/=+$/, '')),
    Buffer.from(secret.toString('base64url')),
  ];
}

/** Everything the database holds, as bytes: the SQLite file and its WAL, or every row of every table. */
async function rawStorage(db: SqlDriver): Promise<Buffer> {
  if (db.dialect === 'sqlite') {
    const [main] = await db.all("SELECT file FROM pragma_database_list WHERE name = 'main'");
    const file = String(main!.file);
    return Buffer.concat(
      [file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)),
    );
  }
  const tables = await db.all(
    'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()',
  );
  const rows: string[] = [];
  for (const { name } of tables)
    for (const row of await db.all(`SELECT row_to_json(t)::text AS j FROM "${String(name)}" t`))
      rows.push(String(row.j));
  return Buffer.from(rows.join('\n'));
}

function expectAbsent(storage: Buffer, secret: Buffer, what: string): void {
  expect(storage.length).toBeGreaterThan(0);
  for (const form of forms(secret))
    expect(storage.indexOf(form), `${what} found in storage`).toBe(-1);
}

describeEachEngine('insight keys at rest on %s', (engine) => {
  let insight: TestInsight;
  let server: TestServer;
  beforeAll(async () => {
    insight = await startTestInsight(engine);
    server = await startTestServer(engine, {}, undefined, [
      insightRoutes(
        { leaderUrl: insight.leader.url, helperUrl: insight.helper.url },
        { reportIntervalSeconds: 0 },
      ),
    ]);
  });
  afterAll(async () => {
    await server?.dispose();
    await insight?.dispose();
  });

  it("keeps each aggregator's HPKE private key sealed, and opens it again after a restart", async () => {
    for (const aggregator of [insight.leader, insight.helper]) {
      const { db, keys, options } = aggregator.service;
      expect(keys.privateKey.length).toBe(32);
      expectAbsent(await rawStorage(db), keys.privateKey, `${options.role} HPKE private key`);
      const reopened = await AggregatorService.open(db, options);
      expect(reopened.keys.privateKey.equals(keys.privateKey)).toBe(true);
      expect(reopened.keys.publicKey.equals(keys.publicKey)).toBe(true);
    }
    // Each under its own key: the leader's box cannot open the helper's sealed key.
    const [row] = await insight.helper.service.db.all(
      'SELECT private_sealed FROM aggregator_hpke_keys',
    );
    expect(() =>
      insight.leader.service.options.box.open(
        String(row!.private_sealed),
        `verwonder-insight-hpke-key|${insight.helper.service.keys.publicKey.toString('base64url')}`,
      ),
    ).toThrow();
  });

  it("keeps the vault's upload key sealed by the master key, through a master-key rotation", async () => {
    const response = await fetch(new URL('/insight/upload-key', server.url));
    expect(response.status).toBe(200);
    const key = await insightUploadKey(server.vault.context);
    const d = Buffer.from(String(key.privateKey.export({ format: 'jwk' }).d), 'base64url');
    const storage = await rawStorage(server.vault.context.storage.driver);
    expectAbsent(storage, d, 'the upload private key');
    expectAbsent(storage, key.pseudonymSecret, 'the pseudonym secret');

    // A master-key rotation re-seals it: opened with the new master key alone, it is the same key.
    const { vault } = server;
    const rotation = await rotateMasterKey(vault.context.storage, {
      masterKeyFile: vault.context.config.masterKeyFile,
    });
    expect(rotation.signingKeys).toBeGreaterThanOrEqual(1);
    const reopened = await loadUploadKey(
      vault.context.storage.driver,
      keyringSecretBox(new Keyring({ file: vault.context.config.masterKeyFile, generate: false })),
    );
    expect(reopened.kid).toBe(key.kid);
    expect(reopened.pseudonymSecret.equals(key.pseudonymSecret)).toBe(true);
    const [row] = await vault.context.storage.driver.all(
      'SELECT private_sealed FROM insight_upload_key',
    );
    expect(String(row!.private_sealed).startsWith(`${rotation.kekId}.`)).toBe(true);
  });
});
