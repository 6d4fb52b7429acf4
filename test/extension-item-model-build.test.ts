/**
 * The built extension (both targets) carries the committed collaborative model unchanged, where only
 * its worker reads it: in the build folder, and not a web_accessible_resource, so no page can fetch
 * it. Needs `npm run build -w extension` first.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';
import { z } from 'zod';

import { ItemModelFile } from '@verwonder/shared/wonder/model/item-model.ts';
import { ITEM_MODEL_FILE } from '@verwonder/shared/wonder/model/load-item-model.ts';

import { requireBuild } from '../extension/manifest/build-output.ts';
import { ITEM_MODEL_ASSET } from '../extension/src/ranking/item-model-asset.ts';
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

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('covers (the pattern check itself)', () => {
  it('matches the globs a manifest may use', () => {
    expect(covers('*', ITEM_MODEL_ASSET)).toBe(true);
    expect(covers('model/*.gz', ITEM_MODEL_ASSET)).toBe(true);
    expect(covers(`/${ITEM_MODEL_ASSET}`, ITEM_MODEL_ASSET)).toBe(true);
    expect(covers('assets/*', ITEM_MODEL_ASSET)).toBe(false);
  });
});

describe.each(config.targets)('the %s build', (target) => {
  const directory = requireBuild(target);

  it('has the committed item model, byte for byte, with its provenance', () => {
    const file = join(directory, ITEM_MODEL_ASSET);
    expect(existsSync(file), `${file} missing`).toBe(true);
    const built = readFileSync(file);
    expect(sha256(built)).toBe(sha256(readFileSync(ITEM_MODEL_FILE)));
    const model = ItemModelFile.parse(JSON.parse(gunzipSync(built).toString('utf8')));
    expect(model.provenance?.method).toMatch(/EASE/);
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
