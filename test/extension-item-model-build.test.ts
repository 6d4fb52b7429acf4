/**
 * The built extension (both targets) carries the committed collaborative model packed (the build's
 * packItemModel of the committed JSON), where only its worker reads it: in the build folder, and not
 * a web_accessible_resource, so no page can fetch it. Needs `npm run build -w extension` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ITEM_MODEL_FILE, loadItemModel } from '@verwonder/shared/wonder/model/load-item-model.ts';

import { requireBuild } from '../extension/manifest/build-output.ts';
import { packItemModel } from '../extension/scripts/pack-item-model.ts';
import { ITEM_MODEL_ASSET } from '../extension/src/ranking/item-model-asset.ts';
import { PACKED_ITEM_MODEL_SHA256_AT } from '../extension/src/ranking/packed-item-model-format.ts';
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

  it('does not make it web-accessible: only the worker reads it', () => {
    const manifest = ManifestSchema.parse(
      JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')),
    );
    const patterns = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
      typeof entry === 'string' ? [entry] : entry.resources,
    );
    expect(patterns.filter((pattern) => covers(pattern, ITEM_MODEL_ASSET))).toEqual([]);
  });
});
