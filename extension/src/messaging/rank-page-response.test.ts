import { describe, expect, it } from 'vitest';

import { catalogData } from '@verwonder/shared/catalog-data';
import { activityJsonLd } from '../../../examples/city-sites/src/activity/activity-json-ld.ts';
import { bookJsonLd } from '../../../examples/city-sites/src/library/book-json-ld.ts';
import { toPageItem } from '../page/page-item.ts';
import { PageItemWireSchema } from './rank-page-response.ts';

describe("the worker's answer", () => {
  it('carries every field the page reader gives the demo sites’ items (an unknown one drops the whole answer: no marks)', () => {
    const data = catalogData();
    const items = [
      ...data
        .books()
        .slice(0, 50)
        .map((book) =>
          toPageItem(bookJsonLd(book, 'http://127.0.0.1:4801'), 'http://127.0.0.1:4801/'),
        ),
      ...data
        .activities()
        .slice(0, 200)
        .map((activity) =>
          toPageItem(
            activityJsonLd(activity, `http://127.0.0.1:4802/evenement/${activity.id}`),
            'http://127.0.0.1:4802/',
          ),
        ),
    ];
    // Books with a rating count, activities with a count of saves, places, prices, organisers.
    expect(items.some((item) => item?.popularity !== undefined)).toBe(true);
    expect(items.some((item) => item?.saves !== undefined)).toBe(true);
    expect(items.some((item) => item?.facts?.venue)).toBe(true);
    for (const item of items) {
      expect(item).toBeDefined();
      const parsed = PageItemWireSchema.safeParse(item);
      expect(parsed.success ? [] : parsed.error.issues, item?.id).toEqual([]);
    }
  });
});
