/**
 * The build's packer of the genre-theme bridge: the committed file checked with shared's schema and
 * written as the worker reads it (read-bridge.ts), anything the schema refuses refused at build time.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { CATALOG_DATA_DIR, CATALOG_FILES } from '@verwonder/shared/catalog/catalog-data.ts';

import { readBridge } from '../src/ranking/read-bridge.ts';
import { packBridge } from './pack-bridge.ts';

const bytes = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('packBridge', () => {
  it('packs the committed bridge as the worker reads it', () => {
    const committed = readFileSync(join(CATALOG_DATA_DIR, CATALOG_FILES.bridge));
    const packed = packBridge(committed);
    expect(JSON.parse(packed)).toEqual(JSON.parse(committed.toString('utf8')));
    expect(packed.length).toBeLessThan(committed.length);
    expect(readBridge(JSON.parse(packed))['historical fiction']).toContainEqual({
      themeId: '1.11.0.0.0',
      weight: 0.7,
    });
  });

  it('refuses what the schema refuses', () => {
    expect(() => packBridge(bytes({ Music: [{ themeId: '1.8.1.0.0', weight: 1 }] }))).toThrow();
    expect(() => packBridge(bytes({ music: [] }))).toThrow();
    expect(() => packBridge(bytes({ music: [{ themeId: '1.8.1.0.0', weight: 0 }] }))).toThrow();
  });
});
