/**
 * `npm start`. In production (NODE_ENV=production) the vault alone, compiled: built into
 * vault-server/dist on the first start and whenever a source file is newer, then run as plain
 * JavaScript (no TypeScript compilation while starting). Otherwise the development setup under tsx:
 * the vault with the three demo city sites (scripts/start.ts).
 *
 * `npm run start:cluster`: the compiled vault with VAULT_WORKERS processes (default: one per core).
 */
import os from 'node:os';

const clustered = process.argv.includes('--cluster');
if (clustered) process.env.VAULT_WORKERS ??= String(os.availableParallelism());

if (process.env.NODE_ENV === 'production' || clustered) {
  const { buildVault, DIST } = await import('../vault-server/scripts/build.mjs');
  await buildVault({ ifStale: true });
  await import(new URL(`file://${DIST}/main.js`).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./start.ts');
}
