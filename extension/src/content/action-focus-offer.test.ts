import { describe, expect, it } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import { POPULAR_ON_PAGE } from '../ranking/baseline-slots.ts';
import type { RankedSuggestion } from '../ranking/rank-items.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { fakeLayout } from '../test-support/fake-layout.ts';
import { focusOnAction } from './action-focus-offer.ts';

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

const PERSONAL: RankedSuggestion = {
  itemId: 'book-1',
  kind: 'relevant',
  score: 0.8,
  explanations: [
    {
      code: 'shared-genre',
      text: { nl: 'Je leest graag fantasy', en: 'You like fantasy' },
      categories: ['loans'],
      recordIds: ['r1'],
    },
  ],
  categories: ['loans'],
  recordIds: ['r1'],
};

const KINDS: Record<string, RankedSuggestion> = {
  personal: PERSONAL,
  surprise: { ...PERSONAL, kind: 'surprise' },
  baseline: {
    ...PERSONAL,
    explanations: [POPULAR_ON_PAGE],
    categories: [],
    recordIds: [],
    slot: 'baseline',
  },
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
      Object.entries(KINDS).map(([kind, suggestion]) => [kind, asThePageSeesIt(suggestion).hosts]),
    );
    const focus = [['data-verwonder', 'data-verwonder-state']];
    expect(seen).toEqual({ personal: focus, surprise: focus, baseline: focus });
  });

  it('says the baseline pick’s own reason, inside the closed shadow root', () => {
    const { focused } = asThePageSeesIt(KINDS['baseline']!);
    expect(focused?.focus.ui.wrap.textContent).toContain('Waarom: Populair op deze pagina.');
    expect(focused?.place).toMatchObject({ kind: 'focus', itemId: 'book-1', categories: [] });
  });
});
