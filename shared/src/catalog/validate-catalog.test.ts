import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOG_DATA_DIR, CATALOG_FILES, catalogData, openCatalog } from './catalog-data.ts';
import { seasonEnd, seasonSteps } from './season-shift.ts';
import {
  dateOutOfSeason,
  SEASONAL_STEPS_KEPT,
  TITLE_SEASONS,
  titleSeason,
} from './seasonal-title.ts';
import { validateCatalog } from './validate-catalog.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small catalogue: the committed taxonomy, bridge and venues, one persona and what it references. */
function smallCatalogue(
  mutate: (parts: {
    books: object[];
    activities: object[];
    venues: object[];
    personas: object[];
  }) => void,
): string {
  const dir = mkdtempSync(join(tmpdir(), 'catalogue-'));
  dirs.push(dir);
  for (const f of [CATALOG_FILES.taxonomy, CATALOG_FILES.bridge])
    cpSync(join(CATALOG_DATA_DIR, f), join(dir, f));
  const data = catalogData();
  const persona = data.personas()[0]!;
  const loans = persona.loans.slice(0, 3);
  const attendance = persona.attendance.slice(0, 2);
  const parts = {
    books: loans.map((l) => data.byId(l.bookId)!),
    activities: attendance.map((a) => data.byId(a.activityId)!),
    venues: JSON.parse(
      readFileSync(join(CATALOG_DATA_DIR, CATALOG_FILES.venues), 'utf8'),
    ) as object[],
    personas: [{ ...persona, loans, attendance }] as object[],
  };
  mutate(parts);
  writeFileSync(join(dir, CATALOG_FILES.books), gzipSync(JSON.stringify(parts.books)));
  writeFileSync(join(dir, CATALOG_FILES.activities), gzipSync(JSON.stringify(parts.activities)));
  writeFileSync(join(dir, CATALOG_FILES.venues), JSON.stringify(parts.venues));
  writeFileSync(join(dir, CATALOG_FILES.personas), JSON.stringify(parts.personas));
  return dir;
}

describe('validateCatalog', () => {
  it('finds nothing wrong with a consistent catalogue', () => {
    expect(validateCatalog(smallCatalogue(() => {}))).toEqual([]);
  });

  it('names the item for schema errors, unknown terms, venues outside Antwerp and dangling references', () => {
    const dir = smallCatalogue((p) => {
      const book = p.books[0] as { id: string; title: string; themes: object[] };
      p.books[0] = {
        ...book,
        title: '',
        themes: [{ id: '9.9.9', domain: 'theme', label: { nl: 'x', en: 'x' } }],
      };
      const venues = p.venues as { id: string; geo: object }[];
      venues[0] = { ...venues[0]!, geo: { latitude: 50.85, longitude: 4.35 } }; // Brussels
      const persona = p.personas[0] as { loans: object[] };
      persona.loans.push({ bookId: 'book-424242', date: '2026-01-06T10:00:00+01:00' });
    });
    const issues = validateCatalog(dir);
    const text = issues.map((i) => `${i.where}: ${i.message}`).join('\n');
    expect(text).toMatch(/^book-\d+: title: /m);
    expect(text).toMatch(/venue outside Antwerp bounds/);
    expect(text).toMatch(/loan of unknown book book-424242/);
  });

  it('flags a title naming a season or holiday the activity is not in', () => {
    const dir = smallCatalogue((p) => {
      const a = p.activities[0] as { id: string; title: string; calendar: object };
      p.activities[0] = {
        ...a,
        title: 'Halloweentocht',
        calendar: {
          type: 'single',
          startDate: '2026-09-13T11:00:00+02:00',
          endDate: '2026-09-13T15:00:00+02:00',
        },
      };
    });
    const text = validateCatalog(dir)
      .map((i) => `${i.where}: ${i.message}`)
      .join('\n');
    expect(text).toMatch(/"Halloweentocht" names Halloween, but it takes place on 2026-09-13/);
  });
});

describe('the committed catalogue', () => {
  // Read through the loader at clocks that move the season 0 to SEASONAL_STEPS_KEPT steps, so the
  // dates checked are the ones the "Voor jou" page shows in those years.
  it('has every activity whose title names a season or holiday take place in it, in every year it is shown (review finding: seasonal titles out of season)', () => {
    const dir = CATALOG_DATA_DIR;
    const found = validateCatalog(dir).filter((i) =>
      / names .*, but it takes place on /.test(i.message),
    );
    let now = new Date('2026-12-01T12:00:00Z');
    const catalogue = openCatalog(dir, { clock: () => now });
    const end = seasonEnd(catalogue.activities());
    const stepsSeen = new Set<number>();
    let seasonal = 0;
    for (let year = 2026; year <= 2032; year++) {
      now = new Date(`${year}-03-01T12:00:00Z`);
      stepsSeen.add(seasonSteps(end, now));
      for (const a of catalogue.activities()) {
        const season = titleSeason(a.title);
        if (!season) continue;
        seasonal++;
        const off = dateOutOfSeason(season, a.calendar, 0);
        if (off) found.push({ where: `${a.id} in ${year}`, message: `"${a.title}" on ${off}` });
      }
    }
    expect([...stepsSeen].sort()).toEqual(
      Array.from({ length: SEASONAL_STEPS_KEPT + 1 }, (_, k) => k),
    );
    expect(seasonal).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('has no film or class in the open between November and March, in any year it is shown (review finding: open-air activities in the middle of winter)', () => {
    const openAir = TITLE_SEASONS.filter((s) => s.kind === 'open-air');
    const found = validateCatalog(CATALOG_DATA_DIR).filter((i) =>
      openAir.some((s) => i.message.includes(` names ${s.name}, but it takes place on `)),
    );
    const activities = openCatalog(CATALOG_DATA_DIR).activities();
    const shown = activities.filter((a) => openAir.includes(titleSeason(a.title)!));
    expect(shown.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
    // Nor does a film renamed for the winter still promise the stars.
    const stars = activities.filter((a) => a.description?.includes('onder de sterren'));
    expect(stars.length).toBeGreaterThan(0);
    for (const film of stars) expect(film.title).toMatch(/^Openluchtcinema:/);
  });
});
