import { describe, expect, it } from 'vitest';
import {
  eventTypeTerms,
  findEventType,
  findTheme,
  findTerm,
  suggestedThemesFor,
  themeTerms,
} from './taxonomy.ts';

describe('UiTdatabank taxonomy extract', () => {
  it('has the event types and themes with Dutch and English labels', () => {
    expect(findEventType('0.50.4.0.0')).toEqual({
      id: '0.50.4.0.0',
      domain: 'eventtype',
      label: { nl: 'Concert', en: 'Concert' },
    });
    expect(findTheme('1.10.5.0.0')?.label.nl).toBe('Poezie');
    expect(themeTerms().length).toBeGreaterThanOrEqual(70);
    expect(eventTypeTerms().every((t) => t.domain === 'eventtype')).toBe(true);
  });

  it('keeps the type -> theme suggestions and separates the domains', () => {
    const concertThemes = suggestedThemesFor('0.50.4.0.0').map((t) => t.label.en);
    expect(concertThemes).toContain('Classical music');
    expect(findTheme('0.50.4.0.0')).toBeUndefined();
    expect(findTerm('3.23.1.0.0')).toBeUndefined(); // facilities are not part of the extract
  });
});
