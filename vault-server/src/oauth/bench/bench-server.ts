/**
 * The vault under load for `bench:access`, in its own process so that the load generator (which signs
 * a DPoP proof per request) does not share its event loop: SQLite, AES-256-GCM, the OAuth router
 * mounted in front of the vault's app, one pod with records. Prints one JSON line, then serves until
 * SIGTERM.
 */
import { OWNER } from '../../audit/audit-log.ts';
import { createRecord } from '../../resources/record-service.ts';
import { loanRecord } from '../../testing/test-vault.ts';
import { startOAuthTestVault } from '../testing/oauth-test-server.ts';

const RECORDS = Number(process.env.BENCH_RECORDS ?? 200);
const engine = process.env.BENCH_ENGINE === 'postgres' ? 'postgres' : 'sqlite';

const vault = await startOAuthTestVault({ engine });
const owner = await vault.owner('bench');
const ids: string[] = [];
for (let i = 0; i < RECORDS; i += 1) {
  const { record } = await createRecord(vault.ctx, 'bench', 'loans', loanRecord(`Boek ${i}`), {
    actor: OWNER,
  });
  ids.push(record.id);
}
process.stdout.write(
  `${JSON.stringify({ url: vault.url, cookie: owner.cookie, csrfToken: owner.csrfToken, accountId: owner.accountId, ids })}\n`,
);
process.once('SIGTERM', () => {
  vault.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
