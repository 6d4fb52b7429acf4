import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { findPrimaryAction } from './primary-action.ts';

/** happy-dom has no layout: the box check runs in the browser test (extension-focus). */
const find = (document: Document) => findPrimaryAction(document, { requireBox: false });

const page = (aside: string, extra = '') =>
  documentFrom(`<!doctype html><body><header><a href="/">Home</a>
  <form role="search"><input name="q"><button type="submit">Zoek</button></form></header>
  <main><article data-item-id="book-1"><h1>Boek</h1></article>
  <aside aria-labelledby="t"><h2 id="t">Reserveren</h2>${aside}</aside>${extra}</main></body>`);

const RESERVE = '<form method="post"><button class="x" type="submit">Reserveer</button></form>';

describe('findPrimaryAction', () => {
  it('finds the action by its words and its block, not by the site’s classes', () => {
    expect(find(page(RESERVE))?.name).toBe('Reserveer');
    const tickets = documentFrom(`<main><aside aria-labelledby="h"><h2 id="h">Tickets</h2>
      <form><button>Bestel tickets</button></form></aside></main>`);
    expect(find(tickets)?.name).toBe('Bestel tickets');
    // A plain submit under a heading that names the action.
    const visit = documentFrom(`<main><section><h2>Plan je bezoek</h2>
      <form><input type="submit" value="Verder"></form></section></main>`);
    expect(find(visit)?.name).toBe('Verder');
    const english = documentFrom('<main><a href="/t" role="button">Buy tickets</a></main>');
    expect(find(english)?.name).toBe('Buy tickets');
  });

  it('prefers the action in its block over the same word elsewhere', () => {
    const document = page(RESERVE, '<p><a href="/hoe">Reserveer</a></p>');
    expect(find(document)?.element.localName).toBe('button');
  });

  it('ignores hidden, disabled and aria-hidden decoys, long names and its own UI', () => {
    const decoys = [
      '<button hidden>Reserveer</button>',
      '<button style="display:none">Reserveer</button>',
      '<div style="visibility:hidden"><button>Reserveer</button></div>',
      '<div style="opacity:0.1"><button>Reserveer</button></div>',
      '<button aria-hidden="true">Reserveer</button>',
      '<button disabled>Reserveer</button>',
      '<button>Reserveer nu en ontvang gratis een prachtige tas bij je boek</button>',
      '<verwonder-ui><button>Reserveer</button></verwonder-ui>',
    ];
    for (const decoy of decoys) {
      const document = page(RESERVE, decoy);
      expect(find(document)?.element.className, decoy).toBe('x');
      expect(find(page('', decoy)), decoy).toBeUndefined();
    }
  });

  it('does not guess between two equal actions', () => {
    const twice = page(RESERVE, `<aside><h2>Reserveren</h2>${RESERVE}</aside>`);
    expect(find(twice)).toBeUndefined();
    expect(find(page('<p>Geen knop</p>'))).toBeUndefined();
  });

  it('looks at a bounded number of controls', () => {
    const many = '<button>Meer</button>'.repeat(500);
    expect(find(page('', `${many}<button type="button">Reserveer</button>`))).toBeUndefined();
  });
});
