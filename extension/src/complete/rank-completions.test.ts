import { describe, expect, it } from 'vitest';

import type { TasteRecord } from '../ranking/taste-record.ts';
import { rankCompletions, type CompletionContext } from './rank-completions.ts';

/** A stated interest as the vault's records carry it: the vocabulary label and its term id. */
const interest = (label: string, term: string): TasteRecord => ({
  id: `interest-${term}`,
  category: 'interests',
  label,
  terms: [term],
});

const JAZZ_LOVER = [interest('Jazz en blues', '1.8.2.0.0')];
const THRILLER_LOVER = [interest('Thriller', '1.7.15.0.0')];
const THEATRE_LOVER = [interest('Theatervoorstelling', '0.55.0.0.0')];

const agenda = (records: readonly TasteRecord[]): CompletionContext => ({
  site: 'agenda',
  language: 'nl',
  records,
});
const labels = (text: string, context: CompletionContext) =>
  rankCompletions(text, context).map((completion) => completion.label);

describe('rankCompletions', () => {
  it('puts jazz first for a jazz lover and says why', () => {
    const [first, second] = rankCompletions('ja', agenda(JAZZ_LOVER));
    expect(first).toEqual({
      label: 'Jazz',
      kind: 'genre',
      why: 'Past bij je smaak: Jazz en blues',
    });
    expect(second?.label).toBe('Jazz en blues');
  });

  it('orders the same letters by each person’s taste', () => {
    const forThriller = labels('th', agenda(THRILLER_LOVER));
    const forTheatre = labels('th', agenda(THEATRE_LOVER));
    expect(forThriller[0]).toBe('Thriller');
    expect(forTheatre[0]).toMatch(/^Theater/);
    expect(forTheatre).not.toEqual(forThriller);
    // Without a taste the text alone decides, and nothing claims to fit.
    expect(rankCompletions('th', agenda([])).every((c) => c.why === '')).toBe(true);
  });

  it('fixes Dutch spelling when nothing starts as typed', () => {
    expect(rankCompletions('jaz', agenda([]))[0]?.label).toBe('Jazz');
    expect(labels('fotografi', agenda([]))[0]).toBe('Fotografie');
    const [theater] = rankCompletions('thaeter', agenda([]));
    expect(theater).toMatchObject({ label: 'Theater', why: 'Spelling verbeterd' });
    expect(labels('muzeik', agenda([]))).toContain('Muziek');
  });

  it('offers only what the site’s search finds: shelves and read authors on the library', () => {
    const reader: TasteRecord = {
      id: 'loan-1',
      category: 'loans',
      label: 'Pride and Prejudice',
      terms: ['classics', 'romance'],
      authors: ['Jane Austen'],
    };
    const library = { site: 'library', language: 'nl', records: [reader] } as const;
    expect(rankCompletions('ja', library)[0]).toEqual({
      label: 'Jane Austen',
      kind: 'author',
      why: 'Past bij je smaak: Pride and Prejudice',
    });
    expect(labels('ja', library)).not.toContain('Jazz');
    expect(labels('klass', library)[0]).toBe('Klassiekers');
    // On the agenda a read author is no search term.
    expect(labels('ja', agenda([reader]))).not.toContain('Jane Austen');
  });

  it('speaks English when the person does', () => {
    const [first] = rankCompletions('ja', { ...agenda(JAZZ_LOVER), language: 'en' });
    expect(first).toMatchObject({ why: 'Fits your taste: Jazz en blues' });
  });

  it('answers nothing for one letter and keeps the list short', () => {
    expect(rankCompletions('j', agenda(JAZZ_LOVER))).toEqual([]);
    expect(rankCompletions('  ', agenda(JAZZ_LOVER))).toEqual([]);
    expect(rankCompletions('mu', agenda([])).length).toBeLessThanOrEqual(6);
  });
});
