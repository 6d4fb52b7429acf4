/**
 * Checks a catalogue directory item by item and reports every problem with the item it belongs
 * to: schema errors, unknown taxonomy terms, venues outside Antwerp, dangling persona references,
 * titles that name a season or holiday the activity does not take place in.
 */
import { isDeepStrictEqual } from 'node:util';
import type { z } from 'zod';
import { CATALOG_FILES, readCatalogFile } from './catalog-data.ts';
import { fitsCalendar } from './calendar-occurrences.ts';
import { CatalogItem } from './catalog-item.ts';
import { GenreThemeBridge } from './genre-theme-bridge.ts';
import { isInsideAntwerp } from './geo.ts';
import { Persona } from './persona.ts';
import { dateOutOfSeason, SEASONAL_STEPS_KEPT, titleSeason } from './seasonal-title.ts';
import type { TaxonomyTerm } from './taxonomy-term.ts';
import { UitTaxonomyFile } from './uit-taxonomy-file.ts';
import { Venue } from './venue.ts';

export interface CatalogIssue {
  /** Item, venue or persona id, or the file name for file-level problems. */
  where: string;
  message: string;
}

const describe = (error: z.ZodError): string =>
  error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');

function asArray(where: string, value: unknown, issues: CatalogIssue[]): unknown[] {
  if (Array.isArray(value)) return value;
  issues.push({ where, message: 'expected a JSON array' });
  return [];
}

export function validateCatalog(dir: string): CatalogIssue[] {
  const issues: CatalogIssue[] = [];
  const fail = (where: string, message: string) => issues.push({ where, message });
  const load = (file: string): unknown => {
    try {
      return readCatalogFile(dir, file);
    } catch (e) {
      fail(
        file,
        e instanceof Error
          ? `${e.message}${e.cause instanceof Error ? `: ${e.cause.message}` : ''}`
          : String(e),
      );
      return undefined;
    }
  };

  const taxonomy = UitTaxonomyFile.safeParse(load(CATALOG_FILES.taxonomy));
  if (!taxonomy.success) fail(CATALOG_FILES.taxonomy, describe(taxonomy.error));
  const terms = new Map((taxonomy.data?.terms ?? []).map((t) => [t.id, t]));
  const checkTerm = (where: string, term: TaxonomyTerm) => {
    const known = terms.get(term.id);
    if (!known) fail(where, `unknown taxonomy term ${term.id}`);
    else if (known.domain !== term.domain)
      fail(where, `term ${term.id} is a ${known.domain}, not a ${term.domain}`);
    else if (!isDeepStrictEqual(known.label, term.label))
      fail(where, `term ${term.id} label differs from the taxonomy`);
  };

  const venues = new Map<string, Venue>();
  for (const raw of asArray(CATALOG_FILES.venues, load(CATALOG_FILES.venues), issues)) {
    const v = Venue.safeParse(raw);
    const where = (raw as { id?: string })?.id ?? CATALOG_FILES.venues;
    if (!v.success) fail(where, describe(v.error));
    else if (venues.has(v.data.id)) fail(where, 'duplicate venue id');
    else {
      venues.set(v.data.id, v.data);
      if (!isInsideAntwerp(v.data.geo))
        fail(
          where,
          `venue outside Antwerp bounds (${v.data.geo.latitude}, ${v.data.geo.longitude})`,
        );
    }
  }

  const items = new Map<string, CatalogItem>();
  for (const file of [CATALOG_FILES.books, CATALOG_FILES.activities]) {
    for (const raw of asArray(file, load(file), issues)) {
      const where = (raw as { id?: string })?.id ?? file;
      const parsed = CatalogItem.safeParse(raw);
      if (!parsed.success) {
        fail(where, describe(parsed.error));
        continue;
      }
      const item = parsed.data;
      if (items.has(item.id)) fail(where, 'duplicate item id');
      items.set(item.id, item);
      item.themes.forEach((t) => checkTerm(where, t));
      if (item.kind === 'activity') {
        checkTerm(where, item.eventType);
        const venue = venues.get(item.venue.id);
        if (!venue) fail(where, `venue ${item.venue.id} is not in ${CATALOG_FILES.venues}`);
        else if (!isDeepStrictEqual(venue, item.venue))
          fail(where, `embedded venue ${item.venue.id} differs from ${CATALOG_FILES.venues}`);
        if (!isInsideAntwerp(item.venue.geo)) fail(where, 'venue outside Antwerp bounds');
        const season = titleSeason(item.title);
        const off = season && dateOutOfSeason(season, item.calendar);
        if (season && off)
          fail(
            where,
            `title "${item.title}" names ${season.name}, but it takes place on ${off} (dates checked as committed and after up to ${SEASONAL_STEPS_KEPT} season steps)`,
          );
      }
    }
  }

  const bridge = GenreThemeBridge.safeParse(load(CATALOG_FILES.bridge));
  if (!bridge.success) fail(CATALOG_FILES.bridge, describe(bridge.error));
  for (const [genre, links] of Object.entries(bridge.data ?? {})) {
    for (const l of links)
      if (terms.get(l.themeId)?.domain !== 'theme')
        fail(`bridge:${genre}`, `unknown theme ${l.themeId}`);
  }
  if (bridge.success) {
    const missing = new Set(
      [...items.values()]
        .flatMap((i) => (i.kind === 'book' ? i.genres : []))
        .filter((g) => !(g in bridge.data)),
    );
    for (const g of missing) fail(`bridge:${g}`, 'book genre without a bridge entry');
  }

  const seenUsers = new Set<number>();
  for (const raw of asArray(CATALOG_FILES.personas, load(CATALOG_FILES.personas), issues)) {
    const where = (raw as { id?: string })?.id ?? CATALOG_FILES.personas;
    const parsed = Persona.safeParse(raw);
    if (!parsed.success) {
      fail(where, describe(parsed.error));
      continue;
    }
    const p = parsed.data;
    if (seenUsers.has(p.goodbooksUserId))
      fail(where, `goodbooks user ${p.goodbooksUserId} used twice`);
    seenUsers.add(p.goodbooksUserId);
    for (const l of p.loans)
      if (items.get(l.bookId)?.kind !== 'book') fail(where, `loan of unknown book ${l.bookId}`);
    for (const a of p.attendance) {
      const item = items.get(a.activityId);
      if (item?.kind !== 'activity') fail(where, `attendance of unknown activity ${a.activityId}`);
      else if (!fitsCalendar(item.calendar, a.date))
        fail(where, `attendance of ${a.activityId} at ${a.date} does not match its calendar`);
    }
    for (const t of p.statedInterests)
      if (terms.get(t)?.domain !== 'theme') fail(where, `stated interest ${t} is not a theme`);
  }
  return issues;
}
