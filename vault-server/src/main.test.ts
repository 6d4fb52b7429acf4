import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const MAIN = fileURLToPath(new URL('./main.ts', import.meta.url));

describe('vault process', () => {
  it('starts on the embedded default with a 0600 master key, answers /healthz and drains on SIGTERM', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-main-'));
    const port = 20_000 + Math.floor(Math.random() * 20_000);
    const { DATABASE_URL: _ignored, VAULT_MASTER_KEY_FILE: _alsoIgnored, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        ...env,
        VAULT_PORT: String(port),
        VAULT_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'development',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    try {
      let health: unknown;
      for (let attempt = 0; attempt < 150 && health === undefined; attempt += 1) {
        health = await fetch(`http://127.0.0.1:${port}/healthz`).then(
          (r) => r.json(),
          () => undefined,
        );
        if (health === undefined) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(health, stderr).toEqual({ status: 'ok' });
      expect(fs.statSync(path.join(dataDir, 'master.key')).mode & 0o777).toBe(0o600);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // The database was closed cleanly: the WAL was checkpointed into the main file.
      const wal = path.join(dataDir, 'vault.sqlite-wal');
      expect(fs.existsSync(wal) ? fs.statSync(wal).size : 0).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
