/**
 * Time from spawning a vault process until /healthz answers 200, in wall time and in the process's
 * own CPU time (the fairer figure on a busy machine). Embedded SQLite in a temp folder.
 *
 *   node vault-server/scripts/measure-start.mjs vault-server/dist/main.js            (after npm run build:vault)
 *   node vault-server/scripts/measure-start.mjs --import tsx vault-server/src/main.ts
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
const args = process.argv.slice(2);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-start-'));
const port = 21000 + Math.floor(Math.random() * 9000);
const t0 = performance.now();
const { DATABASE_URL: _ignored, ...env0 } = process.env;
const child = spawn(process.execPath, args, {
  env: {
    ...env0,
    VAULT_PORT: String(port),
    VAULT_DATA_DIR: dir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
  },
  stdio: 'inherit',
});
for (;;) {
  const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then(
    (r) => r.status === 200,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 10));
}
const stat = fs.readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
const cpu = ((Number(stat[11]) + Number(stat[12])) * 1000) / 100;
console.log(
  `${args.join(' ')}: /healthz 200 after ${Math.round(performance.now() - t0)} ms wall, ${cpu} ms CPU`,
);
child.kill('SIGTERM');
await new Promise((r) => child.once('exit', r));
fs.rmSync(dir, { recursive: true, force: true });
