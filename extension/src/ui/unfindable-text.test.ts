import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { shownText } from '../test-support/shown-text.ts';
import { UI_CSS } from './ui-style.ts';
import { unfindableText } from './unfindable-text.ts';

describe('unfindableText', () => {
  it('leaves no text node for the page to find, and the stylesheet shows the text', () => {
    const document = documentFrom('<!doctype html><body><span>old</span><button></button></body>');
    const span = document.querySelector('span')!;
    unfindableText(span, 'Verrassing');
    expect(span.childNodes).toHaveLength(0);
    expect(span.textContent).toBe('');
    expect(shownText(span)).toBe('Verrassing');
    expect(UI_CSS).toContain('[data-text]::before { content: attr(data-text); }');
  });

  it('names a button by aria-label too, and a plain element not (aria-label is not allowed there)', () => {
    const document = documentFrom('<!doctype html><body><span></span><button></button></body>');
    unfindableText(document.querySelector('button')!, 'Waarom zie ik dit?');
    unfindableText(document.querySelector('span')!, 'Voor jou');
    expect(document.querySelector('button')?.getAttribute('aria-label')).toBe('Waarom zie ik dit?');
    expect(document.querySelector('span')?.hasAttribute('aria-label')).toBe(false);
  });
});
