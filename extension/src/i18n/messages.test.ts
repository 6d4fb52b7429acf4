import { describe, expect, it } from 'vitest';

import { MESSAGES, messagesFor, pickLocale } from './messages.ts';

describe('pickLocale', () => {
  it.each([
    ['en', 'en'],
    ['en-GB', 'en'],
    [' EN-us', 'en'],
    ['nl-BE', 'nl'],
    ['fr', 'nl'],
    ['', 'nl'],
    [null, 'nl'],
    [undefined, 'nl'],
  ] as const)('%j -> %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});

describe('MESSAGES', () => {
  it('has the same keys in Dutch and English', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.nl).sort());
  });

  it('says "Verwonder actief" on a Dutch page', () => {
    expect(messagesFor('nl').badgeActive).toBe('Verwonder actief');
  });
});
