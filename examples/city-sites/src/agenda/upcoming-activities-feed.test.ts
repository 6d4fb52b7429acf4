import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UpcomingActivitiesResponse } from '@verwonder/shared/wire/upcoming-activities.ts';
import { occurrences } from '../catalog/occurrences.ts';
import { addDays, dayKey, startOfDayInAntwerp } from '../shared-ui/dates.ts';
import { startTestSites, type TestSites } from '../test-support/start-test-sites.ts';

let t: TestSites;
let base: string;
beforeAll(async () => {
  t = await startTestSites();
  base = t.sites.urls.agenda;
});
afterAll(() => t.sites.close());

const feed = async (query: string) => {
  const response = await fetch(`${base}/api/activities${query}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as unknown,
  };
};

describe('GET /api/activities', () => {
  it('lists every dated occurrence starting that day, soonest first, in the wire shape', async () => {
    const day = addDays(dayKey(t.now), 3);
    const { status, body } = await feed(`?from=${day}&to=${day}`);
    expect(status).toBe(200);
    const parsed = UpcomingActivitiesResponse.parse(body);
    expect(parsed).toMatchObject({ from: day, to: day });
    const start = startOfDayInAntwerp(day).getTime();
    const end = startOfDayInAntwerp(addDays(day, 1)).getTime();
    const expected = t.catalog
      .activities()
      .filter((a) => a.calendar.type === 'single' || a.calendar.type === 'multiple')
      .flatMap((a) =>
        occurrences(a.calendar)
          .filter((o) => Date.parse(o.start) >= start && Date.parse(o.start) < end)
          .map(() => a.id),
      );
    expect(expected.length).toBeGreaterThan(0);
    expect(parsed.activities.map((a) => a.id).sort()).toEqual(expected.sort());
    const starts = parsed.activities.map((a) => Date.parse(a.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const first = parsed.activities[0]!;
    expect(first.url).toBe(`${base}/evenement/${first.id}`);
    const activity = t.catalog.activities().find((a) => a.id === first.id)!;
    expect(first.venue).toEqual({
      id: activity.venue.id,
      name: activity.venue.name,
      district: activity.venue.address.district,
      latitude: activity.venue.geo.latitude,
      longitude: activity.venue.geo.longitude,
    });
    expect(first.eventType.id).toBe(activity.eventType.id);
  });

  it('defaults to today and answers the same whoever asks (no cookie, no personal parameter)', async () => {
    const today = dayKey(t.now);
    const { body } = await feed('');
    expect(body).toMatchObject({ from: today, to: today });
    const again = await fetch(`${base}/api/activities?from=${today}`, {
      headers: { cookie: 'someone=else' },
    });
    expect(await again.json()).toEqual(body);
    const unknown = await feed(`?from=${today}&interests=jazz`);
    expect(unknown.status).toBe(400);
  });

  it('answers problem+json 400 for a malformed date, a reversed or too long period', async () => {
    const today = dayKey(t.now);
    for (const query of [
      '?from=morgen',
      '?from=2026-02-30',
      `?from=${today}&to=${addDays(today, -1)}`,
      `?from=${today}&to=${addDays(today, 7)}`,
      `?from=${today}&from=${today}`,
    ]) {
      const { status, type, body } = await feed(query);
      expect(status, query).toBe(400);
      expect(type).toContain('application/problem+json');
      expect(body).toMatchObject({ status: 400, code: 'invalid_input' });
    }
  });
});
