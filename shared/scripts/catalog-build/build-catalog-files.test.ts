import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_DATA_DIR } from '../../src/catalog/catalog-data.ts';
import { DEFAULT_DATA_DIR } from '../build-catalog.ts';
import { buildCatalogFiles } from './build-catalog-files.ts';

const hasData = existsSync(join(DEFAULT_DATA_DIR, 'goodbooks-10k', 'books.csv'));
const out = mkdtempSync(join(tmpdir(), 'catalog-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

// The reference data are not part of the repository; without them there is nothing to rebuild.
describe.skipIf(!hasData)('build-catalog from the reference data', () => {
  // The committed files were written by an earlier run, so equality shows the build is
  // deterministic and that nobody changed the generator without rebuilding. The CLI test
  // validates the committed (hence this) catalogue.
  it('rebuilds the committed catalogue byte for byte', () => {
    const summary = buildCatalogFiles(DEFAULT_DATA_DIR, out);
    expect(summary.books).toBe(10_000);
    expect(summary.repairedTitles).toBe(152);
    const committed = readdirSync(CATALOG_DATA_DIR).sort();
    expect(readdirSync(out).sort()).toEqual(committed);
    for (const file of committed) {
      expect(
        readFileSync(join(out, file)).equals(readFileSync(join(CATALOG_DATA_DIR, file))),
        file,
      ).toBe(true);
      expect(summary.files[file] ?? 0, `${file} stays under 5 MB`).toBeLessThan(5 * 1024 * 1024);
    }
  });
});
