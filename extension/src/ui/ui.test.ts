import { describe, expect, it, vi } from 'vitest';

import type { PageItem } from '../page/page-item.ts';
import type { RankedSuggestion } from '../ranking/ranked-suggestion.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { recommendationZone } from './recommendation-zone.ts';
import { suggestionMark } from './suggestion-mark.ts';
import type { WhyContext } from './why-panel.ts';
import { shownText } from '../test-support/shown-text.ts';

/** A title that would run code if it were ever parsed as HTML. */
const HOSTILE_NAME = '<img src=x onerror=alert(1)><script>alert(2)</script>';

const ITEM: PageItem = {
  id: 'book-1',
  type: 'Book',
  kind: 'book',
  name: HOSTILE_NAME,
  url: 'http://127.0.0.1:4801/boek/book-1',
  authors: [],
  genres: ['Fantasy'],
  keywords: [],
  themes: [],
};

const SUGGESTION: RankedSuggestion = {
  itemId: 'book-1',
  kind: 'surprise',
  score: 1,
  explanations: [
    {
      code: 'taste-genre',
      text: { nl: 'Je houdt van fantasy', en: 'You like fantasy' },
      recordIds: ['interest-1', 'visit-1'],
      categories: ['browsing', 'interests'],
    },
  ],
  categories: ['browsing', 'interests'],
  recordIds: ['interest-1', 'visit-1'],
};

function context(stopped: string[] = [], language: 'nl' | 'en' = 'nl'): WhyContext {
  return {
    feedbackAllowed: true,
    language,
    records: new Map([
      [
        'interest-1',
        { id: 'interest-1', category: 'interests', label: 'fantasy', terms: ['fantasy'] },
      ],
      ['visit-1', { id: 'visit-1', category: 'browsing', label: HOSTILE_NAME, terms: ['fantasy'] }],
    ]),
    onStopCategory: (category) => stopped.push(category),
    onFeedback: async (suggestion, kind) => {
      stopped.push(`${kind ?? 'withdrawn'}:${suggestion.itemId}`);
      return true;
    },
  };
}

describe('suggestionMark', () => {
  it('says it is personalisation, and its why-panel names categories and records as text', async () => {
    const document = documentFrom('<!doctype html><body></body>');
    const stopped: string[] = [];
    const { host, wrap } = suggestionMark(document, SUGGESTION, context(stopped));
    document.body.append(host);
    expect(host.shadowRoot).toBeNull(); // closed
    expect(shownText(wrap.querySelector('.pill-label:not(.pill-spacer)'))).toBe('Verrassing');
    expect(shownText(wrap.querySelector('.note'))).toBe('persoonlijke suggestie van Verwonder');
    const panel = wrap.querySelector('.panel') as HTMLElement;
    const button = wrap.querySelector('button.why') as HTMLButtonElement;
    expect(panel.hidden).toBe(true);
    button.click();
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const rows = [...panel.querySelectorAll('li[data-category]')].map((li) =>
      li.getAttribute('data-category'),
    );
    expect(rows).toEqual(['browsing', 'interests']);
    const reasons = [...panel.querySelectorAll('[data-verwonder-reasons] li')];
    expect(reasons.map((li) => [li.getAttribute('data-code'), shownText(li)])).toEqual([
      ['taste-genre', 'Je houdt van fantasy'],
    ]);
    expect(shownText(panel)).toContain(`Surfgedrag op stadssites: ${HOSTILE_NAME}`);
    expect(wrap.querySelectorAll('img, script')).toHaveLength(0);
    (panel.querySelector('[data-stop-category="browsing"]') as HTMLButtonElement).click();
    expect(stopped).toEqual(['browsing']);
    const wow = wrap.querySelector('[data-feedback="wow"]') as HTMLButtonElement;
    expect(shownText(wow)).toBe('Wow!');
    wow.click();
    await vi.waitFor(() => expect(wow.getAttribute('aria-pressed')).toBe('true'));
    expect(stopped).toEqual(['browsing', 'wow:book-1']);
    const down = wrap.querySelector('[data-feedback="thumbs-down"]') as HTMLButtonElement;
    expect(shownText(down)).toBe('Niet voor mij');
  });

  it('speaks English when the person chose it', () => {
    const document = documentFrom('<!doctype html><body></body>');
    const { wrap } = suggestionMark(
      document,
      { ...SUGGESTION, kind: 'relevant' },
      context([], 'en'),
    );
    expect(shownText(wrap.querySelector('.pill-label:not(.pill-spacer)'))).toBe('For you');
    expect(shownText(wrap.querySelector('button.why'))).toBe('Why am I seeing this?');
  });
});

describe('feedback on a mark', () => {
  const buttonsOf = (wrap: Element) => {
    const button = (kind: string) =>
      wrap.querySelector(`[data-feedback="${kind}"]`) as HTMLButtonElement;
    const pressed = () =>
      [...wrap.querySelectorAll('[data-feedback]')]
        .filter((b) => b.getAttribute('aria-pressed') === 'true')
        .map((b) => b.getAttribute('data-feedback'));
    const status = wrap.querySelector('.feedback-status[role="status"]') as HTMLElement;
    return { button, pressed, status };
  };

  it('shows a choice pressed only once the extension kept it, and a refusal as such (review finding: feedback buttons say saved but nothing is stored)', async () => {
    const document = documentFrom('<!doctype html><body></body>');
    let answer = false;
    const asked: (string | undefined)[] = [];
    const { wrap } = suggestionMark(document, SUGGESTION, {
      ...context(),
      onFeedback: async (_suggestion, kind) => (asked.push(kind), answer),
    });
    const { button, pressed, status } = buttonsOf(wrap);
    // Refused (the background keeps nothing): not pressed, and it says so.
    button('thumbs-up').click();
    await vi.waitFor(() => expect(status.getAttribute('data-state')).toBe('failed'));
    expect(pressed()).toEqual([]);
    expect(shownText(status)).toBe('Niet bewaard. Probeer het opnieuw.');
    // Kept: pressed, and said.
    answer = true;
    button('thumbs-up').click();
    await vi.waitFor(() => expect(pressed()).toEqual(['thumbs-up']));
    expect(shownText(status)).toBe('Bewaard. Nog eens klikken trekt het in.');
    // One choice: another button replaces it; the pressed one withdraws it.
    button('wow').click();
    await vi.waitFor(() => expect(pressed()).toEqual(['wow']));
    button('wow').click();
    await vi.waitFor(() => expect(pressed()).toEqual([]));
    expect(shownText(status)).toBe('Ingetrokken.');
    expect(asked).toEqual(['thumbs-up', 'thumbs-up', 'wow', undefined]);
  });

  it('offers no reaction where none can be kept, and says why (review finding: feedback buttons say saved but nothing is stored)', () => {
    for (const [language, reason] of [
      ['nl', 'Reageren kan hier niet: Feedback staat uit voor deze site.'],
      ['en', 'Reactions are off here: Feedback is switched off for this site.'],
    ] as const) {
      const document = documentFrom('<!doctype html><body></body>');
      const asked: string[] = [];
      const { wrap } = suggestionMark(document, SUGGESTION, {
        ...context([], language),
        feedbackAllowed: false,
        chosenFeedback: () => 'wow',
        onFeedback: async () => (asked.push('asked'), true),
      });
      const { button, pressed, status } = buttonsOf(wrap);
      expect(button('thumbs-up').disabled).toBe(true);
      button('thumbs-up').click();
      expect(asked).toEqual([]);
      expect(pressed()).toEqual([]);
      expect(shownText(status)).toBe(reason);
    }
  });

  it('shows the stored choice pressed', () => {
    const document = documentFrom('<!doctype html><body></body>');
    const { wrap } = suggestionMark(document, SUGGESTION, {
      ...context(),
      chosenFeedback: () => 'thumbs-down',
    });
    expect(buttonsOf(wrap).pressed()).toEqual(['thumbs-down']);
  });
});

describe('the extension tells the page what it concluded', () => {
  /** What any page script can see of a mark: the light DOM, attributes and all. */
  const asThePageSeesIt = (kind: RankedSuggestion['kind']) => {
    const document = documentFrom(
      '<!doctype html><body><article data-item-id="book-1"></article></body>',
    );
    const { host, wrap } = suggestionMark(document, { ...SUGGESTION, kind }, context());
    document.querySelector('article')!.append(host);
    return { document, host, wrap };
  };

  it('a page script cannot read item id or kind from the host', () => {
    for (const kind of ['relevant', 'surprise'] as const) {
      const { document, host } = asThePageSeesIt(kind);
      expect(host.shadowRoot).toBeNull();
      const attributes = host
        .getAttributeNames()
        .map((name) => `${name}=${host.getAttribute(name)}`);
      expect(attributes).toEqual(['data-verwonder=badge']);
      expect(host.outerHTML).not.toMatch(/book-1|relevant|surprise|Verrassing|Voor jou/);
      // Through the page's own queries, the only element naming the item is the site's card.
      expect([...document.querySelectorAll('[data-item-id]')].map((el) => el.localName)).toEqual([
        'article',
      ]);
      expect(document.querySelectorAll('[data-kind]')).toHaveLength(0);
    }
    // A relevant mark and a surprise look the same from outside.
    expect(asThePageSeesIt('relevant').host.outerHTML).toBe(
      asThePageSeesIt('surprise').host.outerHTML,
    );
  });

  it('keeps both labels in the pill so its size does not tell the kind', () => {
    const labels = (kind: RankedSuggestion['kind']) =>
      [...asThePageSeesIt(kind).wrap.querySelectorAll('.pill-label')]
        .map((el) => shownText(el))
        .sort();
    expect(labels('relevant')).toEqual(labels('surprise'));
    const { wrap } = asThePageSeesIt('surprise');
    expect(wrap.querySelector('.pill-spacer')?.getAttribute('aria-hidden')).toBe('true');
    // Inside the closed shadow root the mark still knows what it is about.
    expect(wrap.querySelector('.mark')?.getAttribute('data-item-id')).toBe('book-1');
    expect(wrap.querySelector('.mark')?.getAttribute('data-kind')).toBe('surprise');
  });
});

describe('recommendationZone', () => {
  it('links http(s) items by their title as text, and shows others without a link', () => {
    const document = documentFrom('<!doctype html><body></body>');
    const { url: _url, ...withoutUrl } = ITEM;
    const { wrap } = recommendationZone(
      document,
      [
        { suggestion: SUGGESTION, item: ITEM },
        { suggestion: { ...SUGGESTION, itemId: 'x' }, item: { ...withoutUrl, id: 'x' } },
      ],
      context(),
    );
    const entries = [...wrap.querySelectorAll('ol > li')];
    const link = entries[0]?.querySelector('a');
    expect(shownText(link)).toBe(HOSTILE_NAME);
    expect(link?.getAttribute('href')).toBe(ITEM.url);
    expect(entries[1]?.querySelector('a')).toBeNull();
    expect(shownText(entries[1]?.querySelector('strong'))).toBe(HOSTILE_NAME);
    expect(wrap.querySelectorAll('img, script')).toHaveLength(0);
  });
});
