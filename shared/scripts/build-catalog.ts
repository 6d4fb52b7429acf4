/**
 * Builds the committed demo catalogue (shared/catalog-data) from the reference data.
 *   node --import tsx shared/scripts/build-catalog.ts [DATA_DIR] [OUT_DIR]
 * DATA_DIR defaults to ../shared/data next to the repository root.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOG_DATA_DIR } from '../src/catalog/catalog-data.ts';
import { buildCatalogFiles } from './catalog-build/build-catalog-files.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DEFAULT_DATA_DIR = resolve(REPO_ROOT, '../shared/data');

export function runBuild(dataDir = DEFAULT_DATA_DIR, outDir = CATALOG_DATA_DIR): void {
  const summary = buildCatalogFiles(dataDir, outDir);
  console.log(`catalogue written to ${outDir}`);
  console.log(
    `  books ${summary.books} (repaired ${summary.repairedTitles} titles, ${summary.repairedAuthors} author lists)`,
  );
  console.log(
    `  activities ${summary.activities}, venues ${summary.venues}, personas ${summary.personas}`,
  );
  for (const [name, size] of Object.entries(summary.files))
    console.log(`  ${name.padEnd(26)} ${(size / 1024).toFixed(0).padStart(6)} KiB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runBuild(
    process.argv[2] ? resolve(process.argv[2]) : undefined,
    process.argv[3] ? resolve(process.argv[3]) : undefined,
  );
}
