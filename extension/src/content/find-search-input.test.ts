import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { findSearchInput } from './find-search-input.ts';

describe('findSearchInput', () => {
  it('finds the search field of a role="search" form, not its other inputs', () => {
    const document = documentFrom(`<form role="search">
      <input id="zoek-q" name="q" type="search"><input name="van" type="date">
      <select name="type"></select></form><form><input name="naam"></form>`);
    expect(findSearchInput(document)?.id).toBe('zoek-q');
  });

  it('falls back to the one search input of the page', () => {
    expect(findSearchInput(documentFrom('<input id="s" type="search">'))?.id).toBe('s');
  });

  it('takes none when it cannot tell which one, or the field is not for typing', () => {
    expect(
      findSearchInput(documentFrom('<input type="search"><input type="search">')),
    ).toBeUndefined();
    expect(
      findSearchInput(documentFrom('<form role="search"><input name="q" disabled></form>')),
    ).toBeUndefined();
    expect(findSearchInput(documentFrom('<form><input name="q"></form>'))).toBeUndefined();
  });
});
