import { describe, expect, it } from 'vitest';

import { catalogData } from '@verwonder/shared/catalog-data';
import { activityJsonLd } from '../../../examples/city-sites/src/activity/activity-json-ld.ts';
import { itemFacts } from './item-facts.ts';
import { toPageItem } from './page-item.ts';

describe('itemFacts (place, price, organiser of a page item)', () => {
  it("reads the agenda's own JSON-LD: the venue's id, name and coordinates, the lowest offer, the organiser", () => {
    const activity = catalogData()
      .activities()
      .find((a) => !a.price.isFree && a.price.reduced !== undefined);
    if (!activity) throw new Error('the catalogue has a priced activity with a reduced tariff');
    const doc = activityJsonLd(activity, `http://127.0.0.1:4802/evenement/${activity.id}`);
    const item = toPageItem(doc, 'http://127.0.0.1:4802/');
    expect(item?.facts).toEqual({
      venue: {
        id: activity.venue.id,
        name: activity.venue.name,
        geo: activity.venue.geo,
      },
      priceEur: activity.price.reduced,
      organizer: activity.provider.name,
    });
  });

  it('takes a free event as costing nothing', () => {
    expect(itemFacts({ isAccessibleForFree: true, offers: { price: 12 } })).toEqual({
      priceEur: 0,
    });
    expect(itemFacts({ offers: [{ price: '7,50', priceCurrency: 'EUR' }] })).toEqual({
      priceEur: 7.5,
    });
  });

  it('states nothing it cannot trust: hostile numbers, other currencies, absurd coordinates', () => {
    expect(
      itemFacts({
        offers: [
          { price: 'NaN' },
          { price: -3 },
          { price: 1e9 },
          { price: '1e3' },
          { price: 5, priceCurrency: 'USD' },
          { price: { valueOf: 1 } },
        ],
        location: { geo: { latitude: 900, longitude: 4.4 } },
      }),
    ).toBeUndefined();
    expect(itemFacts({ location: { geo: { latitude: 0, longitude: 0 } } })).toBeUndefined();
    expect(itemFacts('not an object')).toBeUndefined();
    expect(itemFacts({ location: 'Zaal <b>Ha</b>  ' })).toEqual({
      venue: { name: 'Zaal <b>Ha</b>' },
    });
    const long = itemFacts({ organizer: { name: 'x'.repeat(5000) } });
    expect(long?.organizer?.length).toBe(200);
  });

  it('looks at twenty offers at most', () => {
    const offers = [...Array.from({ length: 20 }, () => ({ price: 30 })), { price: 1 }];
    expect(itemFacts({ offers })?.priceEur).toBe(30);
  });
});
