import taxonomyJson from '../../catalog-data/uit-taxonomy.json';
import type { EventTypeTerm, TaxonomyTerm, ThemeTerm } from './taxonomy-term.ts';
import { UitTaxonomyFile, type UitTaxonomyEntry } from './uit-taxonomy-file.ts';

/**
 * The UiTdatabank event types and themes, from the committed extract
 * shared/catalog-data/uit-taxonomy.json (source: publiq, cultuurnet/taxonomy).
 * Bundled as JSON so it also works in the browser extension.
 */
let cached: ReadonlyMap<string, UitTaxonomyEntry> | undefined;

function entries(): ReadonlyMap<string, UitTaxonomyEntry> {
  cached ??= new Map(UitTaxonomyFile.parse(taxonomyJson).terms.map((t) => [t.id, t]));
  return cached;
}

function toTerm(entry: UitTaxonomyEntry): TaxonomyTerm {
  return { id: entry.id, domain: entry.domain, label: { ...entry.label } };
}

/** All taxonomy entries (event types and themes, events and places scope). */
export function taxonomyEntries(): UitTaxonomyEntry[] {
  return [...entries().values()];
}

export function findTerm(id: string): TaxonomyTerm | undefined {
  const entry = entries().get(id);
  return entry && toTerm(entry);
}

export function findTheme(id: string): ThemeTerm | undefined {
  const entry = entries().get(id);
  return entry?.domain === 'theme' ? { ...toTerm(entry), domain: 'theme' } : undefined;
}

export function findEventType(id: string): EventTypeTerm | undefined {
  const entry = entries().get(id);
  return entry?.domain === 'eventtype' ? { ...toTerm(entry), domain: 'eventtype' } : undefined;
}

/** Theme terms usable on events. */
export function themeTerms(): ThemeTerm[] {
  return taxonomyEntries()
    .filter((e) => e.domain === 'theme' && e.scope.includes('events'))
    .map((e) => ({ ...toTerm(e), domain: 'theme' as const }));
}

/** Event-type terms usable on events (place types such as Museum are left out). */
export function eventTypeTerms(): EventTypeTerm[] {
  return taxonomyEntries()
    .filter((e) => e.domain === 'eventtype' && e.scope.includes('events'))
    .map((e) => ({ ...toTerm(e), domain: 'eventtype' as const }));
}

/** Themes UiTdatabank suggests for an event type (its `otherSuggestedTerms`). */
export function suggestedThemesFor(eventTypeId: string): ThemeTerm[] {
  const ids = entries().get(eventTypeId)?.suggestedThemeIds ?? [];
  return ids.flatMap((id) => findTheme(id) ?? []);
}
