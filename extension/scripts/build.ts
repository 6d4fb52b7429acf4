/**
 * Builds the extension for every target in plasmo.config.ts:
 *   1. writes the manifest settings into extension/package.json (Plasmo's only config source),
 *   2. runs `plasmo build --target=<target>` for each, into extension/build/<target>-prod,
 *   3. packs the committed collaborative model (pack-item-model.ts) and genre-theme bridge
 *      (pack-bridge.ts) into each build, where only the worker reads them (ITEM_MODEL_ASSET,
 *      BRIDGE_ASSET; not web_accessible_resources).
 * Usage: `npm run build -w extension` or `node --import tsx scripts/build.ts [chrome-mv3 ...]`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

import { CATALOG_DATA_DIR, CATALOG_FILES } from '@verwonder/shared/catalog/catalog-data.ts';
import { ITEM_MODEL_FILE } from '@verwonder/shared/wonder/model/load-item-model.ts';

import config from '../../plasmo.config.ts';
import { buildDirectory } from '../manifest/build-output.ts';
import { ExtensionTargetSchema } from '../manifest/extension-config.ts';
import { firefoxMatchPatterns } from '../manifest/firefox-match-patterns.ts';
import { syncPackageJson } from '../manifest/sync-package-json.ts';
import { BRIDGE_ASSET } from '../src/ranking/bridge-asset.ts';
import { ITEM_MODEL_ASSET } from '../src/ranking/item-model-asset.ts';
import { packBridge } from './pack-bridge.ts';
import { packItemModel } from './pack-item-model.ts';

const extensionDir = fileURLToPath(new URL('..', import.meta.url));
const plasmoBin = createRequire(import.meta.url).resolve('plasmo/bin/index.mjs');

const requested = process.argv.slice(2).map((arg) => ExtensionTargetSchema.parse(arg));
const targets = requested.length > 0 ? requested : config.targets;

// Once for all targets: the JSON checked and packed (~0.5 s), the same bytes in each build.
const packedModel = packItemModel(readFileSync(ITEM_MODEL_FILE));
const packedBridge = packBridge(readFileSync(join(CATALOG_DATA_DIR, CATALOG_FILES.bridge)));

if (syncPackageJson(`${extensionDir}package.json`, config)) {
  console.log('extension/package.json: manifest fields updated from plasmo.config.ts');
}

for (const target of targets) {
  const started = performance.now();
  // Plasmo takes the target from the CLI flag; PLASMO_TARGET in .env is ignored by `build`.
  // --hoist turns on Parcel's scope hoisting, i.e. tree shaking: without it zod/mini alone adds
  // ~450 kB (every locale) to each bundle.
  const result = spawnSync(
    process.execPath,
    [plasmoBin, 'build', `--target=${target}`, '--hoist'],
    {
      cwd: extensionDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(
      `plasmo build --target=${target} failed (exit ${result.status}) after ${seconds}s`,
    );
    process.exit(result.status ?? 1);
  }
  if (target === 'firefox-mv3') {
    // Plasmo copies the patterns as they are; Firefox ignores any with a port.
    const file = `${buildDirectory(target)}/manifest.json`;
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(firefoxMatchPatterns(manifest)));
  }
  // Plasmo bundles only what code imports; the model and the bridge are files the worker fetches
  // from its package.
  for (const [asset, bytes] of [
    [ITEM_MODEL_ASSET, packedModel],
    [BRIDGE_ASSET, packedBridge],
  ] as const) {
    const file = join(buildDirectory(target), asset);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  console.log(`built ${target} in ${seconds}s -> extension/build/${target}-prod`);
}
