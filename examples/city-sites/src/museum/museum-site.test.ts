import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dayKey } from '../shared-ui/dates.ts';
import { HOSTILE_EXHIBITION, HOSTILE_VENUE } from '../test-support/hostile-items.ts';
import { articles, formBody, jsonLdBlocks, listItems } from '../test-support/page-inspection.ts';
import { startTestSites, type TestSites } from '../test-support/start-test-sites.ts';
import { isMuseumOffer } from './exhibition-index.ts';
import { timeSlots } from './visit-slots.ts';

let t: TestSites;
let base: string;
beforeAll(async () => {
  t = await startTestSites();
  base = t.sites.urls.museum;
});
afterAll(() => t.sites.close());

describe('museum overview', () => {
  it('groups exhibitions and collections per museum, with ExhibitionEvent JSON-LD and microdata', async () => {
    const { status, body } = await t.get(`${base}/`);
    expect(status).toBe(200);
    const items = listItems(jsonLdBlocks(body)[0] as Record<string, unknown>);
    expect(items.length).toBeGreaterThan(10);
    expect(items.filter((i) => i['@type'] === 'ExhibitionEvent').length).toBeGreaterThan(0);
    const cards = articles(body);
    expect(cards.map((c) => c.id)).toEqual(items.map((i) => i['identifier']));
    expect(body.match(/class="museum-group"/g)?.length).toBeGreaterThan(3);
    // the hostile venue name is escaped in its group heading
    expect(body).toContain('MAS &lt;b&gt;Museum&lt;/b&gt; aan de Stroom');
    expect(body).not.toContain('<script>alert');
  });

  it('filters per museum and per kind', async () => {
    const res = await t.get(`${base}/?museum=${HOSTILE_VENUE.id}`);
    expect(articles(res.body).map((a) => a.id)).toEqual([HOSTILE_EXHIBITION.id]);
    const permanent = await t.get(`${base}/?soort=vast`);
    const ids = articles(permanent.body).map((a) => a.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids)
      expect(t.catalog.activities().find((a) => a.id === id)?.calendar.type).toBe('permanent');
  });

  it.each([
    ['/?soort=tijdelijkk', 'tijdelijk of vast'],
    ['/?museum=venue-nergens', 'geen museum'],
  ])('answers %s with 400', async (path, reason) => {
    const { status, body } = await t.get(`${base}${path}`);
    expect(status).toBe(400);
    expect(body).toContain(reason);
  });
});

describe('exhibition page and visit form', () => {
  it('shows an exhibition with its place, offers and a visit form', async () => {
    const expo = t.catalog
      .activities()
      .find((a) => isMuseumOffer(a) && a.schemaType === 'ExhibitionEvent')!;
    const { status, body } = await t.get(`${base}/tentoonstelling/${expo.id}`);
    expect(status).toBe(200);
    expect(jsonLdBlocks(body)[0]).toMatchObject({
      '@type': 'ExhibitionEvent',
      identifier: expo.id,
      location: { geo: { latitude: expo.venue.geo.latitude } },
    });
    for (const name of ['datum', 'tijdslot', 'bezoekers', 'naam', 'email', 'akaartnummer'])
      expect(body).toContain(`name="${name}"`);
  });

  it('books a visit on an open day and refuses a closed one', async () => {
    // The hostile exhibition is open tuesday to sunday, 10 to 17.
    let monday = dayKey(t.now);
    while (new Date(`${monday}T12:00:00Z`).getUTCDay() !== 1) monday = addDays(monday, 1);
    const tuesday = addDays(monday, 1);
    expect(timeSlots(HOSTILE_EXHIBITION, tuesday)).toContain('16:00');
    const fields = {
      datum: tuesday,
      tijdslot: '11:00',
      bezoekers: '2',
      naam: 'Fatima El Amrani',
      email: 'fatima@voorbeeld.be',
      akaartnummer: '',
    };
    const url = `${base}/tentoonstelling/${HOSTILE_EXHIBITION.id}/bezoek`;
    const ok = await fetch(url, formBody(fields));
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('Tot binnenkort, Fatima El Amrani!');
    const closed = await fetch(url, formBody({ ...fields, datum: monday }));
    expect(closed.status).toBe(400);
    expect(await closed.text()).toContain('niet open');
  });

  it('answers an unknown exhibition with 404', async () => {
    expect((await t.get(`${base}/tentoonstelling/act-12345678`)).status).toBe(404);
  });
});
