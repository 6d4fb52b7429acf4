import { parseArgs } from 'node:util';
import { DataCategoryId, DATA_CATEGORY_IDS } from '@verwonder/shared';
import { verifyAudit } from '../audit/verify-audit.ts';
import { loadConfig } from '../config/vault-config.ts';
import { rotateDataKey } from '../crypto/rotate-data-key.ts';
import { rotateMasterKey } from '../crypto/rotate-master-key.ts';
import { purgeExpired } from '../gdpr/retention.ts';
import { openVault } from '../open-vault.ts';
import { consumeUntilSignal } from '../streams/consume-until-signal.ts';

const USAGE = `Usage: npm run vault -- <command> [options]

Commands:
  verify-audit [--pod NAME]            check every pod's hash chain; exit 1 on any problem
  rotate-master-key                    re-wrap all data keys with a new master key (resumable)
  rotate-data-keys [--pod NAME] [--category ID]
                                       new data keys, records re-encrypted, old keys destroyed
  purge                                run the retention purge once
  consume                              consume the city stream (VAULT_NATS_URL) until SIGTERM

Configuration comes from the environment (VAULT_DATA_DIR, DATABASE_URL, VAULT_MASTER_KEY_FILE, …).`;

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      pod: { type: 'string' },
      category: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const config = loadConfig(process.env, { logLevel: 'warn' });
  const ctx = await openVault(config);
  try {
    switch (command) {
      case 'verify-audit': {
        const report = await verifyAudit(ctx.storage, values.pod);
        for (const problem of report.problems)
          console.log(`${problem.pod} #${problem.seq}: ${problem.problem}`);
        console.log(
          `${report.pods} pods, ${report.entries} entries, ${report.problems.length} problems`,
        );
        return report.problems.length === 0 ? 0 : 1;
      }
      case 'rotate-master-key': {
        const result = await rotateMasterKey(ctx.storage, {
          masterKeyFile: config.masterKeyFile,
          onRewrapped: (total) =>
            total % 1000 === 0 && console.log(`${total} data keys re-wrapped…`),
        });
        console.log(
          `master key ${result.previousKekId} → ${result.kekId}: ${result.rewrapped} data keys re-wrapped, ${result.signingKeys} signing keys re-sealed`,
        );
        return 0;
      }
      case 'rotate-data-keys': {
        const categories = values.category
          ? [DataCategoryId.parse(values.category)]
          : DATA_CATEGORY_IDS;
        const pods = values.pod ? [values.pod] : await ctx.storage.accounts.podNames();
        for (const pod of pods) {
          for (const category of categories) {
            const result = await rotateDataKey(ctx.storage, ctx.keys, ctx.sealer, pod, category);
            if (result)
              console.log(
                `${pod}/${category}: key v${result.version}, ${result.reencrypted} records re-encrypted`,
              );
          }
        }
        return 0;
      }
      case 'purge': {
        const results = await purgeExpired(ctx);
        for (const r of results)
          console.log(`${r.pod}/${r.category}: ${r.removed} records removed`);
        console.log(`${results.reduce((sum, r) => sum + r.removed, 0)} records removed`);
        return 0;
      }
      case 'consume':
        await consumeUntilSignal(ctx);
        return 0;
      default:
        console.error(`unknown command ${command}\n\n${USAGE}`);
        return 2;
    }
  } finally {
    await ctx.storage.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
