/**
 * Compiles the vault (server and CLI) to vault-server/dist with esbuild, so a production start runs
 * plain JavaScript instead of compiling TypeScript on the fly. Packages are bundled too, whitespace
 * and syntax minified (names kept, so stack traces stay readable): resolving and linking a thousand
 * files from node_modules was half of a start (1.1 s to /healthz before, under 0.6 s now on a quiet
 * machine; `node vault-server/scripts/measure-start.mjs vault-server/dist/main.js`). Native modules
 * stay in node_modules. Files that find data next to themselves (import.meta.url) keep pointing into
 * the source tree, where that data lives.
 *
 *   node vault-server/scripts/build.mjs          (npm run build -w vault-server)
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const VAULT = fileURLToPath(new URL('..', import.meta.url));
const ROOT = path.dirname(VAULT);
export const DIST = path.join(VAULT, 'dist');
const SOURCES = [path.join(VAULT, 'src'), path.join(ROOT, 'shared', 'src')];

/** Native addons (and pg's optional one) load from node_modules at run time. */
const EXTERNAL = new Set(['better-sqlite3', 'pg-native']);
const packageName = (specifier) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      EXTERNAL.has(packageName(args.path)) ? { path: args.path, external: true } : undefined,
    );
  },
};

/** Bundled CommonJS packages call require() for Node's own modules; ESM output has none. */
const REQUIRE_BANNER =
  "import { createRequire as __vaultCreateRequire } from 'node:module'; const require = __vaultCreateRequire(import.meta.url);";

/** `import.meta.url` becomes the source file's own URL (assets, catalogue and model data). */
const sourceUrls = {
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: text.replaceAll('import.meta.url', url), loader: 'ts' };
    });
  },
};

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(file));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
  }
  return newest;
}

/** Whether `outdir` lacks the build or is older than a source file. */
export function isStale(outdir = DIST) {
  const built = path.join(outdir, 'main.js');
  if (!fs.existsSync(built)) return true;
  const at = fs.statSync(built).mtimeMs;
  return SOURCES.some((dir) => newestSource(dir) > at);
}

/** The production entry points: the server and the CLI. */
const ENTRY_POINTS = {
  main: path.join(VAULT, 'src', 'main.ts'),
  cli: path.join(VAULT, 'src', 'cli', 'main.ts'),
};

/**
 * Builds `entryPoints` (name -> source file; the server and the CLI by default) into `outdir`. The
 * benchmarks build their own servers the same way, so they measure what production runs.
 */
export async function buildVault({
  outdir = DIST,
  ifStale = false,
  entryPoints = ENTRY_POINTS,
} = {}) {
  if (ifStale && !isStale(outdir)) return false;
  // Chunk names change with their content: start from an empty folder so old ones do not pile up.
  fs.rmSync(outdir, { recursive: true, force: true });
  await esbuild.build({
    entryPoints,
    outdir,
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: true,
    minifyWhitespace: true,
    minifySyntax: true,
    banner: { js: REQUIRE_BANNER },
    logLevel: 'warning',
    plugins: [externalPackages, sourceUrls],
  });
  return true;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = process.argv[2] ? path.resolve(process.argv[2]) : DIST;
  await buildVault({ outdir });
  console.log(`vault built into ${path.relative(process.cwd(), outdir) || '.'}`);
}
