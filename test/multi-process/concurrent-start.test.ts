import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { withDefaultUser } from '../../vault-server/src/storage/postgres-driver.ts';
import {
  postgresEnabled,
  TEST_DATABASE_URL,
} from '../../vault-server/src/storage/testing/test-engines.ts';
import { loan, startCluster, type VaultCluster } from './vault-processes.ts';

const enabled = await postgresEnabled();

/**
 * Issue 13, item 4: several processes starting at once on an empty database ran the migrations
 * side by side (check, then apply, without a lock): some exited, others came up healthy while the
 * OAuth module had failed, answering 500 to every request.
 */
describe.runIf(enabled)(
  'vault processes starting together on an empty schema',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster | undefined;
    afterEach(async () => {
      await cluster?.dispose();
      cluster = undefined;
    });

    it('migration race: three processes started at once all come up and serve, in two rounds', async () => {
      for (let round = 0; round < 2; round += 1) {
        cluster = await startCluster();
        const vaults = await Promise.all(Array.from({ length: 3 }, () => cluster!.spawn()));
        await Promise.all(vaults.map((vault) => vault.healthy()));
        const who = await cluster.signUp('ada');
        for (const vault of vaults) {
          const metadata = await fetch(`${vault.url}/.well-known/oauth-authorization-server`);
          expect(metadata.status, vault.logs()).toBe(200);
          const created = await fetch(`${vault.url}/pods/ada/loans/`, {
            method: 'POST',
            headers: who.headers(),
            body: JSON.stringify(loan('x')),
          });
          expect(created.status, vault.logs()).toBe(201);
        }
        const db = await cluster.storage();
        const versions = await db.driver.all(
          'SELECT version FROM schema_migrations ORDER BY version',
        );
        expect(new Set(versions.map((row) => Number(row.version))).size).toBe(versions.length);
        await cluster.dispose();
        cluster = undefined;
      }
    });

    it('module failed to open: /healthz answers 503 instead of 200 with every request failing', async () => {
      cluster = await startCluster();
      // A table in the way of the OAuth module's first migration: the module cannot open.
      const admin = new pg.Client({ connectionString: withDefaultUser(TEST_DATABASE_URL) });
      await admin.connect();
      await admin.query(`CREATE TABLE ${cluster.schema}.oauth_clients (x INTEGER)`);
      await admin.end();
      const vault = await cluster.spawn();
      // Wait until the process has logged the outcome of opening its modules.
      for (let i = 0; i < 300 && !/OAuth module|vault ready/.test(vault.logs()); i += 1)
        await new Promise((resolve) => setTimeout(resolve, 100));
      const health = await fetch(`${vault.url}/healthz`);
      expect(health.status, vault.logs()).toBe(503);
    });
  },
);
