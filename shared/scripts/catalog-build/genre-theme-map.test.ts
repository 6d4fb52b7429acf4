import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogData } from '../../src/catalog/catalog-data.ts';
import { findTheme } from '../../src/catalog/taxonomy.ts';
import { DEFAULT_DATA_DIR } from '../build-catalog.ts';
import { buildBridge, TAG_GENRES } from './genre-theme-map.ts';
import { T } from './programme/themes.ts';

const bridge = buildBridge();
const genresCsv = join(DEFAULT_DATA_DIR, 'goodbooks-sample', 'book_genres.csv');

describe('genre-theme bridge', () => {
  it.skipIf(!existsSync(genresCsv))('covers every genre in book_genres.csv', () => {
    const genres = new Set(
      readFileSync(genresCsv, 'utf8')
        .split('\n')
        .slice(1)
        .flatMap((l) => (l.split(',')[1] ?? '').split('|'))
        .filter(Boolean),
    );
    expect(genres.size).toBe(62);
    for (const g of genres) expect(bridge[g]?.length ?? 0, g).toBeGreaterThan(0);
  });

  it('covers every genre the committed books use, and the tag genres', () => {
    for (const g of new Set(
      catalogData()
        .books()
        .flatMap((b) => b.genres),
    ))
      expect(bridge[g], g).toBeDefined();
    for (const g of Object.values(TAG_GENRES)) expect(bridge[g], g).toBeDefined();
  });

  it('links only to real UiTdatabank themes, with the intended bridges', () => {
    for (const links of Object.values(bridge))
      for (const l of links) expect(findTheme(l.themeId), l.themeId).toBeDefined();
    const themesOf = (g: string) => (bridge[g] ?? []).map((l) => l.themeId);
    expect(themesOf('history')).toEqual(expect.arrayContaining([T.geschiedenis, T.erfgoed]));
    expect(themesOf('thriller')).toContain(T.filmThriller);
    expect(themesOf('poetry')).toContain(T.poezie);
    expect(themesOf('plays')).toContain(T.theater);
    expect(themesOf('science')).toContain(T.wetenschap);
    expect(themesOf('philosophy')).toContain(T.zingeving);
    expect(themesOf('music')).toContain(T.klassiek);
  });
});
