import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CATALOG_FILES } from '../../src/catalog/catalog-data.ts';
import { buildActivities } from './build-activities.ts';
import { buildBooks } from './build-books.ts';
import { buildPersonas } from './build-personas.ts';
import { catalogReadme } from './catalog-readme.ts';
import { extractTaxonomy } from './extract-taxonomy.ts';
import { buildBridge } from './genre-theme-map.ts';
import { stableStringify } from './stable-json.ts';
import { indexTaxonomy } from './taxonomy-index.ts';
import { VENUE_SEEDS, toVenue } from './venues-data.ts';

export interface BuildSummary {
  books: number;
  activities: number;
  venues: number;
  personas: number;
  repairedTitles: number;
  repairedAuthors: number;
  /** File name -> size in bytes. */
  files: Record<string, number>;
}

/** Builds the demo catalogue from the reference data in `dataDir` and writes it to `outDir`. */
export function buildCatalogFiles(dataDir: string, outDir: string): BuildSummary {
  const taxonomyFile = extractTaxonomy(dataDir);
  const taxonomy = indexTaxonomy(taxonomyFile);
  const bridge = buildBridge();
  for (const [genre, links] of Object.entries(bridge)) {
    for (const l of links) taxonomy.theme(l.themeId); // throws on an unknown theme
    if (links.length === 0) throw new Error(`genre ${genre} has no themes`);
  }
  const { books, repairedTitles, repairedAuthors } = buildBooks(dataDir, bridge, taxonomy);
  const activities = buildActivities(taxonomy);
  const venues = VENUE_SEEDS.map(toVenue).sort((a, b) => a.id.localeCompare(b.id));
  const personas = buildPersonas(dataDir, books, activities);

  mkdirSync(outDir, { recursive: true });
  const files: Record<string, number> = {};
  const write = (name: string, text: string) => {
    const bytes = name.endsWith('.gz')
      ? gzipSync(Buffer.from(text, 'utf8'), { level: 9 })
      : Buffer.from(text, 'utf8');
    writeFileSync(join(outDir, name), bytes);
    files[name] = bytes.length;
  };
  write(CATALOG_FILES.taxonomy, stableStringify(taxonomyFile, 2));
  write(CATALOG_FILES.bridge, stableStringify(bridge, 2));
  write(CATALOG_FILES.venues, stableStringify(venues, 2));
  write(CATALOG_FILES.personas, stableStringify(personas, 2));
  write(CATALOG_FILES.books, stableStringify(books));
  write(CATALOG_FILES.activities, stableStringify(activities));
  write(
    'README.md',
    catalogReadme({
      books: books.length,
      activities: activities.length,
      venues: venues.length,
      personas: personas.length,
    }),
  );
  return {
    books: books.length,
    activities: activities.length,
    venues: venues.length,
    personas: personas.length,
    repairedTitles,
    repairedAuthors,
    files,
  };
}
