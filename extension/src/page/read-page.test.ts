import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { readJsonLd } from './read-json-ld.ts';
import { readMicrodata } from './read-microdata.ts';
import { readPage } from './read-page.ts';

/** A generic page (no adapter): a JSON-LD graph plus a microdata-only event. */
const GENERIC_PAGE = `<!doctype html><html lang="nl"><head>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
  {"@type":"schema:Book","@id":"https://example.org/b/1","name":"  De   Avonden ","author":"Gerard Reve",
   "genre":["Klassiekers"],"keywords":"classics, dutch","url":"/b/1"},
  {"@type":"Person","name":"not an item"},
  {"@type":"ExhibitionEvent","identifier":{"value":"expo-7"},"name":"Rubens","about":[{"@type":"DefinedTerm","termCode":"1.0.1","name":"Schilderkunst"}],
   "location":{"@type":"Place","name":"Rubenshuis"},"startDate":"2026-12-01"}
]}</script>
<script type="application/ld+json">{ this is not json </script>
</head><body>
<div itemscope itemtype="https://schema.org/MusicEvent">
  <h2 itemprop="name">Jazz in de <b>Singel</b></h2>
  <meta itemprop="identifier" content="jazz-1">
  <time itemprop="startDate" datetime="2026-12-24T20:00">kerstavond</time>
  <span itemprop="location" itemscope itemtype="https://schema.org/Place"><span itemprop="name">deSingel</span></span>
  <a itemprop="url" href="javascript:alert(1)">meer</a>
</div>
<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Nobody</span></div>
</body></html>`;

/** A hostile title, exactly as a page could carry it in both JSON-LD and microdata. */
const HOSTILE_TITLE = '<img src=x onerror=alert(1)><script>alert(2)</script>';
const HOSTILE_PAGE = `<!doctype html><html><head>
<script type="application/ld+json">{"@type":"Book","identifier":"evil","name":${JSON.stringify(HOSTILE_TITLE).replaceAll('<', '\\u003c')},"url":"javascript:alert(3)"}</script>
</head><body><article itemscope itemtype="https://schema.org/Book"><meta itemprop="identifier" content="evil">
<span itemprop="name">&lt;img src=x onerror=alert(1)&gt;</span></article></body></html>`;

describe('readJsonLd', () => {
  const document = documentFrom(GENERIC_PAGE, 'https://example.org/lijst');

  it('reads supported nodes of a @graph, skips other types and broken blocks', () => {
    const items = readJsonLd(document, document.baseURI);
    expect(items.map((item) => [item.id, item.type, item.kind])).toEqual([
      ['https://example.org/b/1', 'Book', 'book'],
      ['expo-7', 'ExhibitionEvent', 'exhibition'],
    ]);
    expect(items[0]).toMatchObject({
      name: 'De Avonden',
      authors: ['Gerard Reve'],
      keywords: ['classics', 'dutch'],
      url: 'https://example.org/b/1',
    });
    expect(items[1]).toMatchObject({
      themes: [{ name: 'Schilderkunst', code: '1.0.1' }],
      location: 'Rubenshuis',
      startDate: '2026-12-01',
    });
  });
});

describe('readMicrodata', () => {
  const document = documentFrom(GENERIC_PAGE, 'https://example.org/lijst');

  it('reads top-level items of supported types with their nested properties as text', () => {
    const found = readMicrodata(document, document.baseURI);
    expect(found).toHaveLength(1);
    const [jazz] = found;
    expect(jazz?.item).toMatchObject({
      id: 'jazz-1',
      type: 'MusicEvent',
      kind: 'event',
      name: 'Jazz in de Singel',
      startDate: '2026-12-24T20:00',
      location: 'deSingel',
    });
    // javascript: URLs are dropped, never kept for a link.
    expect(jazz?.item.url).toBeUndefined();
    expect(jazz?.element.getAttribute('itemtype')).toBe('https://schema.org/MusicEvent');
  });
});

describe('readPage on a hostile page', () => {
  const document = documentFrom(HOSTILE_PAGE, 'https://example.org/');

  it('keeps markup in titles as plain text and drops script URLs', () => {
    const { items, kind } = readPage(document);
    expect(kind).toBe('detail');
    expect(items).toHaveLength(1);
    expect(items[0]?.item.name).toBe(HOSTILE_TITLE);
    expect(items[0]?.item.url).toBeUndefined();
    expect(items[0]?.element?.localName).toBe('article');
  });
});
