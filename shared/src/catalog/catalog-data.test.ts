import { describe, expect, it } from 'vitest';
import { catalogData, openCatalog } from './catalog-data.ts';
import { catalogStats } from './catalog-stats.ts';

describe('committed catalogue', () => {
  const data = catalogData();

  it('meets the size targets', () => {
    const stats = catalogStats(data);
    expect(stats.books).toBeGreaterThanOrEqual(9_900);
    expect(stats.events).toBeGreaterThanOrEqual(11_000);
    expect(stats.venues).toBeGreaterThanOrEqual(40);
    expect(stats.personas).toBeGreaterThanOrEqual(12);
    expect(stats.eventTypes).toBeGreaterThanOrEqual(15);
  });

  it('parses once and serves lookups from the cache', () => {
    expect(data.books()).toBe(data.books());
    expect(catalogData()).toBe(data);
    const act = data.activities()[100];
    expect(act && data.byId(act.id)).toBe(act);
    expect(act && data.venueById(act.venue.id)?.geo).toEqual(act?.venue.geo);
    expect(data.byId('book-999999')).toBeUndefined();
    expect(act && data.itemsById().get(act.id)).toBe(act);
    expect(data.itemsById().size).toBe(data.items().length);
  });

  it('gives every persona a real reading history and outings', () => {
    for (const p of data.personas()) {
      expect(p.loans.length).toBeGreaterThanOrEqual(100);
      expect(p.attendance.length).toBeGreaterThan(0);
      expect(data.personaById(p.id)).toBe(p);
    }
  });

  it('reports a missing directory as a VerwonderError', () => {
    expect(() => openCatalog('/nonexistent-catalogue').venues()).toThrow(
      /cannot read catalogue file/,
    );
  });
});
