/**
 * The built extension (both targets) carries the committed collaborative model packed (the build's
 * packItemModel of the committed JSON) and the committed genre-theme bridge (packBridge), where only
 * its worker reads them: in the build folder, and not web_accessible_resources, so no page can fetch
 * them. Needs `npm run build -w extension` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { CATALOG_DATA_DIR, CATALOG_FILES } from '@verwonder/shared/catalog/catalog-data.ts';
import { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';
import { ITEM_MODEL_FILE, loadItemModel } from '@verwonder/shared/wonder/model/load-item-model.ts';

import { requireBuild } from '../extension/manifest/build-output.ts';
import { packBridge } from '../extension/scripts/pack-bridge.ts';
import { packItemModel } from '../extension/scripts/pack-item-model.ts';
import { BRIDGE_ASSET } from '../extension/src/ranking/bridge-asset.ts';
import { ITEM_MODEL_ASSET } from '../extension/src/ranking/item-model-asset.ts';
import { PACKED_ITEM_MODEL_SHA256_AT } from '../extension/src/ranking/packed-item-model-format.ts';
import { readBridge } from '../extension/src/ranking/read-bridge.ts';
import { readPackedItemModel } from '../extension/src/ranking/read-packed-item-model.ts';
import config from '../plasmo.config.ts';

/** web_accessible_resources in either manifest version's shape (MV3: objects with resources). */
const ManifestSchema = z.object({
  web_accessible_resources: z
    .array(z.union([z.string(), z.object({ resources: z.array(z.string()) })]))
    .optional(),
});

/** Whether a web_accessible_resources pattern (`*` matches anything, `/` included) covers a path. */
const covers = (pattern: string, path: string) =>
  new RegExp(
    `^${pattern
      .replace(/^\//, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')}$`,
  ).test(path);

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const committed = readFileSync(ITEM_MODEL_FILE);
const packed = packItemModel(committed);
const committedBridge = readFileSync(join(CATALOG_DATA_DIR, CATALOG_FILES.bridge));

describe('covers (the pattern check itself)', () => {
  it('matches the globs a manifest may use', () => {
    expect(covers('*', ITEM_MODEL_ASSET)).toBe(true);
    expect(covers('model/*.vwim', ITEM_MODEL_ASSET)).toBe(true);
    expect(covers(`/${ITEM_MODEL_ASSET}`, ITEM_MODEL_ASSET)).toBe(true);
    expect(covers('assets/*', ITEM_MODEL_ASSET)).toBe(false);
  });
});

describe.each(config.targets)('the %s build', (target) => {
  const directory = requireBuild(target);

  it('has the committed item model packed, byte for byte, naming the file it came from', () => {
    const file = join(directory, ITEM_MODEL_ASSET);
    expect(existsSync(file), `${file} missing`).toBe(true);
    const built = readFileSync(file);
    expect(sha256(built)).toBe(sha256(packed));
    const named = built.subarray(PACKED_ITEM_MODEL_SHA256_AT, PACKED_ITEM_MODEL_SHA256_AT + 32);
    expect(named.toString('hex')).toBe(sha256(committed));
    expect(readPackedItemModel(built).size).toBe(loadItemModel().size);
  });

  it('has the committed genre-theme bridge, checked, as the worker reads it (review finding: the extension ranks without the genre-theme bridge)', () => {
    const file = join(directory, BRIDGE_ASSET);
    expect(existsSync(file), `${file} missing`).toBe(true);
    const built = readFileSync(file, 'utf8');
    expect(built).toBe(packBridge(committedBridge));
    const bridge = GenreThemeBridge.parse(JSON.parse(committedBridge.toString('utf8')));
    expect(Object.keys(readBridge(JSON.parse(built)))).toHaveLength(Object.keys(bridge).length);
  });

  it('does not make them web-accessible: only the worker reads them', () => {
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')),
    );
    const patterns = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.resources,
    );
    expect(patterns.filter((pattern) => covers(pattern, ITEM_MODEL_ASSET))).toEqual([]);
    expect(patterns.filter((pattern) => covers(pattern, BRIDGE_ASSET))).toEqual([]);
  });
});
