/**
 * The vault under load for `bench:access`, in its own process so that the load generator (which signs
 * a DPoP proof per request) does not share its event loop. Wired as production wires it
 * (`startVault` with the OAuth routes mounted as `main.ts` mounts them, the same middleware in the
 * same order): SQLite or PostgreSQL (BENCH_ENGINE), AES-256-GCM, one pod with records. Prints one
 * JSON line, then serves until SIGTERM.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { OWNER } from '../../audit/audit-log.ts';
import { createRecord } from '../../resources/record-service.ts';
import { startVault } from '../../start-vault.ts';
import { createTestTarget } from '../../storage/testing/test-engines.ts';
import { freePort } from '../../testing/free-port.ts';
import { loanRecord } from '../../testing/test-vault.ts';
import { oauthRoutes } from '../index.ts';
import { createOwnerSession } from '../testing/oauth-test-server.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 200);
const engine = process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-access-'));
const { target, cleanup } = await createTestTarget(engine);
// Known up front, so the public URL (token audience, DPoP htu) is fixed before the vault starts.
const port = await freePort();
const vault = await startVault({
  env: {},
  storage: target,
  logger: pino({ level: 'silent' }),
  config: {
    host: '127.0.0.1',
    port,
    publicUrl: `http://127.0.0.1:${port}`,
    rpId: '127.0.0.1',
    dataDir,
    masterKeyFile: path.join(dataDir, 'master.key'),
    logLevel: 'silent',
    purgeIntervalMinutes: 0,
    // The benchmark's OAuth client serves its client document on the loopback interface.
    allowLoopbackClients: true,
  },
  routes: [oauthRoutes()],
});
const owner = await createOwnerSession(vault.context, 'bench');
const ids: string[] = [];
for (let i = 0; i < RECORDS; i += 1) {
  const { record } = await createRecord(vault.context, 'bench', 'loans', loanRecord(`Boek ${i}`), {
    actor: OWNER,
  });
  ids.push(record.id);
}
process.stdout.write(
  `${JSON.stringify({ url: vault.url, cookie: owner.cookie, csrfToken: owner.csrfToken, accountId: owner.accountId, ids })}\n`,
);
process.once('SIGTERM', () => {
  vault
    .close()
    .then(cleanup)
    .finally(() => fs.rmSync(dataDir, { recursive: true, force: true }))
    .then(
      () => process.exit(0),
      () => process.exit(1),
    );
});
