import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVault } from '../../../scripts/build.mjs';

/** Inside the repository's node_modules, so the build's native packages resolve as from dist. */
const CACHE = fileURLToPath(new URL('../../../../node_modules/.cache/', import.meta.url));

export interface ServerCommand {
  /** Node's arguments: the compiled file, or `--import tsx` and the source. */
  args: string[];
  /** Environment of the server: production's, when compiled. */
  env: NodeJS.ProcessEnv;
  /** How it runs, for the report. */
  mode: 'compiled' | 'tsx';
  cleanup(): void;
}

/**
 * How a benchmark runs one of its servers: compiled with the production build (esbuild, whitespace
 * and syntax minified) under NODE_ENV=production, as `npm start` runs the vault in production, or
 * under tsx with BENCH_TSX=1 (what development runs), or when `tsx` says so.
 */
export async function serverCommand(
  source: string,
  tsx = process.env.BENCH_TSX === '1',
): Promise<ServerCommand> {
  if (tsx)
    return { args: ['--import', 'tsx', source], env: process.env, mode: 'tsx', cleanup() {} };
  fs.mkdirSync(CACHE, { recursive: true });
  const outdir = fs.mkdtempSync(path.join(CACHE, 'verwonder-bench-'));
  const name = path.basename(source, '.ts');
  await buildVault({ outdir, entryPoints: { [name]: source } });
  return {
    args: [path.join(outdir, `${name}.js`)],
    env: { ...process.env, NODE_ENV: 'production' },
    mode: 'compiled',
    cleanup: () => fs.rmSync(outdir, { recursive: true, force: true }),
  };
}
