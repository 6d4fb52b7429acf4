import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { UitTaxonomyFile, type UitTaxonomyEntry } from '../../src/catalog/uit-taxonomy-file.ts';

export const TAXONOMY_SOURCE =
  'UiTdatabank taxonomy by publiq, github.com/cultuurnet/taxonomy @ 16e460392262cfee8f2800dfcc369107e250d302 (terms.json; event types and themes only)';

const RawName = z.object({ nl: z.string(), en: z.string() }).loose();
const RawTerm = z.object({
  id: z.string(),
  domain: z.string(),
  name: RawName,
  scope: z.array(z.enum(['events', 'places'])),
  otherSuggestedTerms: z.array(z.object({ id: z.string(), domain: z.string() }).loose()).optional(),
});
const RawTerms = z.object({ terms: z.array(RawTerm) });

/** Reads terms.json and keeps event types and themes with their nl/en labels and suggested themes. */
export function extractTaxonomy(dataDir: string): UitTaxonomyFile {
  const raw = RawTerms.parse(
    JSON.parse(readFileSync(join(dataDir, 'uitdatabank-taxonomy', 'terms.json'), 'utf8')),
  );
  const terms: UitTaxonomyEntry[] = [];
  for (const t of raw.terms) {
    if (t.domain !== 'eventtype' && t.domain !== 'theme') continue;
    terms.push({
      id: t.id,
      domain: t.domain,
      // A few English labels carry stray spaces in the source ("Mime ").
      label: { nl: t.name.nl.trim(), en: t.name.en.trim() },
      scope: [...t.scope].sort(),
      suggestedThemeIds: (t.otherSuggestedTerms ?? [])
        .filter((s) => s.domain === 'theme')
        .map((s) => s.id)
        .sort(),
    });
  }
  return UitTaxonomyFile.parse({ source: TAXONOMY_SOURCE, terms });
}
