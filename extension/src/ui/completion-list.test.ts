import { describe, expect, it } from 'vitest';

import { COMPLETION_MESSAGES } from '../i18n/completion-messages.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { completionList } from './completion-list.ts';
import { shownText } from '../test-support/shown-text.ts';

const HOSTILE = '<img src=x onerror=alert(1)>';

describe('completionList', () => {
  it('shows the completions as text, chooses with wrap-around, closes', () => {
    const document = documentFrom('<input id="q" type="search">');
    const list = completionList(document, 'nl', () => undefined);
    document.body.append(list.ui.host);
    expect(list.isOpen()).toBe(false);
    list.open(document.querySelector('#q')!, [
      { label: 'Jazz', kind: 'genre', why: 'Past bij je smaak: Jazz en blues' },
      { label: HOSTILE, kind: 'word', why: '' },
    ]);
    expect(list.isOpen()).toBe(true);
    const options = [...list.ui.wrap.querySelectorAll('[role=option]')];
    expect(options.map((o) => shownText(o))).toEqual([
      'JazzPast bij je smaak: Jazz en blues',
      HOSTILE,
    ]);
    expect(list.ui.wrap.querySelector('img')).toBeNull();
    expect(list.chosen()).toBeUndefined();
    list.move(-1);
    expect(list.chosen()?.label).toBe(HOSTILE);
    list.move(1);
    expect(list.chosen()?.label).toBe('Jazz');
    expect(options.map((o) => o.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(shownText(list.ui.wrap.querySelector('[role=status]'))).toContain('Jazz, 1 van 2');
    list.close();
    expect(list.isOpen()).toBe(false);
    expect(list.chosen()).toBeUndefined();
    // Nothing of it is in the page's light DOM.
    expect(list.ui.host.childNodes.length).toBe(0);
  });

  it('says so when there is nothing, in the person’s language', () => {
    const document = documentFrom('<input id="q" type="search">');
    const list = completionList(document, 'en', () => undefined);
    document.body.append(list.ui.host);
    list.open(document.querySelector('#q')!, []);
    expect(shownText(list.ui.wrap)).toContain('No suggestions.');
    expect(Object.keys(COMPLETION_MESSAGES.en).sort()).toEqual(
      Object.keys(COMPLETION_MESSAGES.nl).sort(),
    );
  });
});
