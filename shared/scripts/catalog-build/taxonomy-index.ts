import type { EventTypeTerm, ThemeTerm } from '../../src/catalog/taxonomy-term.ts';
import type { UitTaxonomyFile } from '../../src/catalog/uit-taxonomy-file.ts';

export interface TaxonomyIndex {
  theme(id: string): ThemeTerm;
  eventType(id: string): EventTypeTerm;
  has(id: string): boolean;
}

/** Lookups over the extracted taxonomy; unknown ids are a build error. */
export function indexTaxonomy(file: UitTaxonomyFile): TaxonomyIndex {
  const byId = new Map(file.terms.map((t) => [t.id, t]));
  const get = (id: string, domain: 'theme' | 'eventtype') => {
    const t = byId.get(id);
    if (!t || t.domain !== domain) throw new Error(`unknown ${domain} term ${id}`);
    return { id: t.id, label: { nl: t.label.nl, en: t.label.en } };
  };
  return {
    theme: (id) => ({ ...get(id, 'theme'), domain: 'theme' }),
    eventType: (id) => ({ ...get(id, 'eventtype'), domain: 'eventtype' }),
    has: (id) => byId.has(id),
  };
}
