import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { dayKey } from '../shared-ui/dates.ts';
import { HOSTILE_EXHIBITION } from '../test-support/hostile-items.ts';
import { articles, formBody, jsonLdBlocks, listItems } from '../test-support/page-inspection.ts';
import { startTestSites, type TestSites } from '../test-support/start-test-sites.ts';
import { EVENTS_PER_PAGE } from './agenda-page.ts';

let t: TestSites;
let base: string;
beforeAll(async () => {
  t = await startTestSites();
  base = t.sites.urls.agenda;
});
afterAll(() => t.sites.close());

const list = (body: string) => listItems(jsonLdBlocks(body)[0] as Record<string, unknown>);
const withCalendar = (type: Activity['calendar']['type']) =>
  t.catalog.activities().find((a) => a.calendar.type === type && a.id !== HOSTILE_EXHIBITION.id)!;

describe('agenda list', () => {
  it('lists events by date with Event JSON-LD (Place, GeoCoordinates, offers) and microdata', async () => {
    const { status, body } = await t.get(`${base}/`);
    expect(status).toBe(200);
    const items = list(body);
    expect(items).toHaveLength(EVENTS_PER_PAGE);
    for (const item of items) {
      expect(String(item['@type'])).toMatch(/Event$|^Festival$|^CourseInstance$/);
      expect(item['location']).toMatchObject({
        '@type': 'Place',
        geo: { '@type': 'GeoCoordinates' },
      });
      expect(Array.isArray(item['offers'])).toBe(true);
    }
    const days = [...body.matchAll(/id="dag-(\d{4}-\d{2}-\d{2})"/g)].map((m) => m[1] as string);
    expect(days.length).toBeGreaterThan(0);
    expect(days).toEqual([...days].sort());
    expect(days[0]! >= dayKey(t.now)).toBe(true);
    expect(articles(body).map((a) => a.id)).toEqual(items.map((i) => i['identifier']));
    expect(body).toMatch(/itemprop="location" itemscope itemtype="https:\/\/schema.org\/Place"/);
    expect(body).toMatch(
      /itemprop="geo" itemscope itemtype="https:\/\/schema.org\/GeoCoordinates"/,
    );
    expect(body).toContain('class="day-group__title"');
  });

  it('filters by UiT event type and by period', async () => {
    const concert = '0.50.4.0.0';
    const res = await t.get(`${base}/?type=${concert}`);
    expect(res.status).toBe(200);
    const expected = t.catalog.activities().filter((a) => a.eventType.id === concert).length;
    expect(expected).toBeGreaterThan(0);
    expect(jsonLdBlocks(res.body)[0]?.['numberOfItems']).toBeLessThanOrEqual(expected);
    expect(list(res.body).every((i) => String(i['additionalType']).endsWith(concert))).toBe(true);

    const day = dayKey(new Date(t.now.getTime() + 3 * 24 * 3600_000));
    const oneDay = await t.get(`${base}/?van=${day}&tot=${day}`);
    expect(oneDay.status).toBe(200);
    for (const item of list(oneDay.body)) {
      if (item['eventSchedule']) continue; // ongoing periods show on every day
      expect(dayKey(String(item['startDate'])) <= day).toBe(true);
      expect(dayKey(String(item['endDate'])) >= day).toBe(true);
    }
  });

  it('searches titles', async () => {
    const target = withCalendar('single');
    const word = target.title.split(/\s+/).find((w) => w.length > 4) ?? target.title;
    const res = await t.get(`${base}/?q=${encodeURIComponent(word)}&van=2000-01-01`);
    expect(res.status).toBe(200);
    expect(res.body).toContain(`data-item-id="${target.id}"`);
  });

  it.each([
    ['/?type=9.9.9', 'geen UiT-evenementtype'],
    ['/?van=2026-02-30', 'bestaat niet'],
    ['/?van=morgen', 'JJJJ-MM-DD'],
    ['/?van=2026-05-02&tot=2026-05-01', 'einddatum'],
    ['/?pagina=-1', 'positief geheel getal'],
  ])('answers %s with 400', async (path, reason) => {
    const { status, body } = await t.get(`${base}${path}`);
    expect(status).toBe(400);
    expect(body).toContain(reason);
  });
});

describe('event page and tickets', () => {
  it('shows the event with JSON-LD and a ticket form', async () => {
    const event = t.catalog
      .activities()
      .find(
        (a) =>
          a.calendar.type === 'multiple' &&
          a.calendar.subEvents.some((s) => Date.parse(s.startDate) > t.now.getTime()),
      )!;
    const { status, body } = await t.get(`${base}/evenement/${event.id}`);
    expect(status).toBe(200);
    const [doc] = jsonLdBlocks(body);
    expect(doc).toMatchObject({
      '@type': event.schemaType,
      identifier: event.id,
      location: { '@type': 'Place', name: event.venue.name },
    });
    expect((doc?.['subEvent'] as unknown[]).length).toBe(
      event.calendar.type === 'multiple' ? event.calendar.subEvents.length : 0,
    );
    for (const name of ['voorstelling', 'aantal', 'tarief', 'naam', 'email', 'postcode'])
      expect(body).toContain(`name="${name}"`);
    expect(articles(body)).toEqual([
      { id: event.id, itemtype: `https://schema.org/${event.schemaType}` },
    ]);
  });

  it('confirms an order with the total price and rejects a bad one', async () => {
    const event = t.catalog
      .activities()
      .find(
        (a) =>
          a.calendar.type === 'single' &&
          Date.parse(a.calendar.startDate) > t.now.getTime() &&
          !a.price.isFree &&
          a.price.amount,
      )!;
    const fields = {
      aantal: '3',
      tarief: 'basis',
      naam: 'Jan Janssens',
      email: 'jan@voorbeeld.be',
      postcode: '2000',
    };
    const ok = await fetch(`${base}/evenement/${event.id}/tickets`, formBody(fields));
    expect(ok.status).toBe(200);
    const body = await ok.text();
    expect(body).toContain('Bedankt, Jan Janssens!');
    const total = new Intl.NumberFormat('nl-BE', { style: 'currency', currency: 'EUR' }).format(
      3 * event.price.amount!,
    );
    expect(body).toContain(total);
    const bad = await fetch(
      `${base}/evenement/${event.id}/tickets`,
      formBody({ ...fields, aantal: '40', tarief: 'vip' }),
    );
    expect(bad.status).toBe(400);
    const badBody = await bad.text();
    expect(badBody).toContain('tussen 1 en 10');
    expect(badBody).toContain('Kies een tarief.');
  });

  it('refuses tickets for an activity that is over', async () => {
    const past = t.catalog
      .activities()
      .find(
        (a) => a.calendar.type === 'single' && Date.parse(a.calendar.endDate) < t.now.getTime(),
      )!;
    const page = await t.get(`${base}/evenement/${past.id}`);
    expect(page.body).toContain('Deze activiteit is voorbij');
    const res = await fetch(
      `${base}/evenement/${past.id}/tickets`,
      formBody({ aantal: '1', tarief: 'basis' }),
    );
    expect(res.status).toBe(400);
  });

  it('escapes the hostile exhibition and answers unknown ids with 404', async () => {
    const { body } = await t.get(`${base}/evenement/${HOSTILE_EXHIBITION.id}`);
    expect(body).not.toContain('<script>alert');
    expect(body).not.toContain('<b>Museum</b>');
    expect(jsonLdBlocks(body)[0]?.['name']).toBe(HOSTILE_EXHIBITION.title);
    expect((await t.get(`${base}/evenement/act-00000x`)).status).toBe(404);
  });
});
