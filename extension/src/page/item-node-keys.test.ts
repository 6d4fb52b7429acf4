import { describe, expect, it } from 'vitest';

import { catalogData } from '@verwonder/shared/catalog-data';
import { activityJsonLd } from '../../../examples/city-sites/src/activity/activity-json-ld.ts';
import { bookJsonLd } from '../../../examples/city-sites/src/library/book-json-ld.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { ITEM_NODE_KEYS, itemNode, jsonLdItemNodes } from './item-node-keys.ts';
import { PageNodeSchema, toPageItem } from './page-item.ts';

const without = <T extends { description?: unknown }>(item: T | undefined) => {
  if (!item) return item;
  const { description: _description, ...rest } = item;
  return rest;
};

describe('the item nodes the content script sends (cut to ITEM_NODE_KEYS)', () => {
  it('carry every key the item schema reads but the description', () => {
    const read = Object.keys(PageNodeSchema._zod.def.shape).filter((key) => key !== 'description');
    expect(ITEM_NODE_KEYS).toEqual(expect.arrayContaining(read));
  });

  it('read as the whole node does, without its description: books, events with place, price and organiser', () => {
    const data = catalogData();
    const nodes = [
      ...data
        .books()
        .slice(0, 50)
        .map((book) => bookJsonLd(book, 'http://127.0.0.1:4801')),
      ...data
        .activities()
        .slice(0, 200)
        .map((a) => activityJsonLd(a, `http://127.0.0.1:4802/evenement/${a.id}`)),
    ];
    for (const node of nodes) {
      const whole = toPageItem(node, 'http://127.0.0.1:4801/');
      expect(whole).toBeDefined();
      expect(toPageItem(itemNode(node), 'http://127.0.0.1:4801/')).toEqual(without(whole));
    }
    expect(nodes.some((node) => toPageItem(node, 'http://127.0.0.1:4802/')?.facts?.venue)).toBe(
      true,
    );
  });

  it('are the supported items of every JSON-LD block, in document order, broken blocks skipped', () => {
    const document = documentFrom(
      `<!doctype html><html><head>
<script type="application/ld+json">{"@type":"ItemList","itemListElement":[
 {"@type":"ListItem","item":{"@type":"Book","identifier":"b1","name":"Een","description":"lang","isbn":"1"}},
 {"@type":"ListItem","item":{"@type":"Person","name":"niemand"}}]}</script>
<script type="application/ld+json">{ broken</script>
<script type="application/ld+json">[{"@type":"schema:MusicEvent","@id":"e1","name":"Twee"}]</script>
</head><body></body></html>`,
      'https://example.org/',
    );
    expect(jsonLdItemNodes(document)).toEqual([
      { '@type': 'Book', identifier: 'b1', name: 'Een' },
      { '@type': 'schema:MusicEvent', '@id': 'e1', name: 'Twee' },
    ]);
  });
});
