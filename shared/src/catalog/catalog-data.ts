/**
 * Node-only loader for the committed demo catalogue in shared/catalog-data. Files are read and
 * parsed with the schemas on first use and cached; nothing is trusted without parsing. The
 * activities' season (and the personas' dates with it) is moved forward by whole 52-week steps
 * once the clock nears its end (season-shift.ts), so the demo keeps working in later years.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { z } from 'zod';
import { VerwonderError } from '../errors/verwonder-error.ts';
import { Activity } from './activity.ts';
import { Book } from './book.ts';
import type { CatalogItem } from './catalog-item.ts';
import { GenreThemeBridge } from './genre-theme-bridge.ts';
import { Persona } from './persona.ts';
import { seasonEnd, seasonSteps, shiftActivity, shiftPersona } from './season-shift.ts';
import { UitTaxonomyFile } from './uit-taxonomy-file.ts';
import { Venue } from './venue.ts';

/** Where the committed catalogue lives. */
export const CATALOG_DATA_DIR = fileURLToPath(new URL('../../catalog-data/', import.meta.url));

/** File names inside a catalogue directory. */
export const CATALOG_FILES = {
  books: 'books.json.gz',
  activities: 'activities.json.gz',
  venues: 'venues.json',
  personas: 'personas.json',
  bridge: 'genre-theme-bridge.json',
  taxonomy: 'uit-taxonomy.json',
} as const;

export interface CatalogData {
  readonly dir: string;
  books(): readonly Book[];
  activities(): readonly Activity[];
  /** Books then activities. */
  items(): readonly CatalogItem[];
  byId(id: string): CatalogItem | undefined;
  /**
   * Every item by id as of now, for an operation with many lookups (a ranking, a listing): the
   * clock is read once, and every lookup sees the same season.
   */
  itemsById(): ReadonlyMap<string, CatalogItem>;
  venues(): readonly Venue[];
  venueById(id: string): Venue | undefined;
  personas(): readonly Persona[];
  personaById(id: string): Persona | undefined;
  bridge(): GenreThemeBridge;
  taxonomy(): UitTaxonomyFile;
}

/** Reads and decompresses one catalogue file as unvalidated JSON. */
export function readCatalogFile(dir: string, file: string): unknown {
  const path = join(dir, file);
  try {
    const bytes = readFileSync(path);
    const text = file.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    return JSON.parse(text);
  } catch (cause) {
    throw new VerwonderError('config_error', `cannot read catalogue file ${path}`, { cause });
  }
}

function parseFile<T>(dir: string, file: string, schema: z.ZodType<T>): T {
  const result = schema.safeParse(readCatalogFile(dir, file));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new VerwonderError(
      'config_error',
      `invalid catalogue file ${file}: ${first ? `${first.path.join('.')}: ${first.message}` : 'unknown'}`,
      { details: { file, issues: result.error.issues.length } },
    );
  }
  return result.data;
}

function lazy<T>(load: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: load() }).v;
}

/** The dated parts as of one season step, built once per step. */
interface Dated {
  activities: readonly Activity[];
  items: readonly CatalogItem[];
  itemIndex: Map<string, CatalogItem>;
  personas: readonly Persona[];
  personaIndex: Map<string, Persona>;
}

export interface OpenCatalogOptions {
  /** The clock that decides how far the season moves; the real one by default. */
  clock?: () => Date;
}

/** Opens a catalogue directory (the committed one by default, or a fresh build output). */
export function openCatalog(
  dir: string = CATALOG_DATA_DIR,
  options: OpenCatalogOptions = {},
): CatalogData {
  const clock = options.clock ?? (() => new Date());
  const books = lazy(() => parseFile(dir, CATALOG_FILES.books, z.array(Book)));
  const rawActivities = lazy(() => parseFile(dir, CATALOG_FILES.activities, z.array(Activity)));
  const rawEnd = lazy(() => seasonEnd(rawActivities()));
  const venues = lazy(() => parseFile(dir, CATALOG_FILES.venues, z.array(Venue)));
  const venueIndex = lazy(() => new Map(venues().map((v) => [v.id, v])));
  const rawPersonas = lazy(() => parseFile(dir, CATALOG_FILES.personas, z.array(Persona)));
  // Asked on every call, so a long-running demo moves on by itself; a step is built once.
  const byStep = new Map<number, Dated>();
  const dated = (): Dated => {
    const steps = seasonSteps(rawEnd(), clock());
    let found = byStep.get(steps);
    if (!found) {
      const activities = rawActivities().map((a) => shiftActivity(a, steps));
      const items = [...books(), ...activities];
      const personas = rawPersonas().map((p) => shiftPersona(p, steps));
      found = {
        activities,
        items,
        itemIndex: new Map(items.map((i) => [i.id, i])),
        personas,
        personaIndex: new Map(personas.map((p) => [p.id, p])),
      };
      byStep.set(steps, found);
    }
    return found;
  };
  return {
    dir,
    books,
    activities: () => dated().activities,
    items: () => dated().items,
    byId: (id) => dated().itemIndex.get(id),
    itemsById: () => dated().itemIndex,
    venues,
    venueById: (id) => venueIndex().get(id),
    personas: () => dated().personas,
    personaById: (id) => dated().personaIndex.get(id),
    bridge: lazy(() => parseFile(dir, CATALOG_FILES.bridge, GenreThemeBridge)),
    taxonomy: lazy(() => parseFile(dir, CATALOG_FILES.taxonomy, UitTaxonomyFile)),
  };
}

let committed: CatalogData | undefined;

/** The committed demo catalogue, shared by every caller in the process. */
export function catalogData(): CatalogData {
  committed ??= openCatalog();
  return committed;
}
