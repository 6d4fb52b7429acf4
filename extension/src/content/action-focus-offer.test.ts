import { describe, expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { fakeLayout } from '../test-support/fake-layout.ts';
import { SUGGESTION_KINDS } from '../test-support/suggestion-kinds.ts';
import { focusOnAction } from './action-focus-offer.ts';
import { shownText } from '../test-support/shown-text.ts';

const ITEM: PageItem = {
  id: 'book-1',
  type: 'Book',
  kind: 'book',
  name: 'De naam van de wind',
  authors: [],
  genres: [],
  keywords: [],
  themes: [],
};

/** What the page sees of the emphasis on a book page whose item carries `suggestion`'s mark. */
function asThePageSeesIt(suggestion: RankedSuggestion) {
  const document = documentFrom(`<!doctype html><body><main><article><h1>Boek</h1></article>
    <aside aria-labelledby="t"><h2 id="t">Reserveren</h2>
    <form method="post"><button type="submit">Reserveer</button></form></aside></main></body>`);
  fakeLayout(document);
  const focused = focusOnAction(
    document,
    'detail',
    [{ suggestion, found: { item: ITEM } }],
    'nl',
    () => undefined,
  );
  const hosts = [...document.querySelectorAll('verwonder-ui')].map((host) =>
    host.getAttributeNames().sort(),
  );
  return { focused, hosts };
}

describe('The mark’s size tells the page whether it is personal or a baseline slot', () => {
  it('draws the focus on the page’s action whatever the kind of the item’s mark', () => {
    const seen = Object.fromEntries(
      Object.entries(SUGGESTION_KINDS).map(([kind, suggestion]) => [
        kind,
        asThePageSeesIt(suggestion).hosts,
      ]),
    );
    const focus = [['data-verwonder', 'data-verwonder-state']];
    expect(seen).toEqual({ personal: focus, surprise: focus, baseline: focus });
  });

  it('says the baseline pick’s own reason, inside the closed shadow root', () => {
    const { focused } = asThePageSeesIt(SUGGESTION_KINDS.baseline);
    expect(shownText(focused?.focus.ui.wrap)).toContain('Waarom: Populair op deze pagina.');
    expect(focused?.place).toMatchObject({ kind: 'focus', itemId: 'book-1', categories: [] });
  });
});
