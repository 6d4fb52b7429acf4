import { describe, expect, it } from 'vitest';
import { catalogData } from '@verwonder/shared/catalog-data';
import { CulturalRecord } from '@verwonder/shared';
import { ownerDna } from './owner-dna.ts';

const book = (id: string, time: string, genres: string[]): CulturalRecord =>
  ({
    id,
    category: 'loans',
    time,
    source: { type: 'person' },
    item: {
      id: `b-${id}`,
      title: id,
      kind: 'book',
      medium: 'read',
      termIds: [],
      genres,
      authors: [],
    },
    data: { action: 'borrowed' },
  }) as CulturalRecord;

describe('the owner’s DNA view', () => {
  it('labels features, places catalogue venues on the map and names the records behind each', () => {
    const records: CulturalRecord[] = [
      book('r1', '2026-09-01T10:00:00Z', ['history']),
      book('r2', '2026-10-01T10:00:00Z', ['history', 'fiction']),
      {
        id: 'r3',
        category: 'visits',
        time: '2026-10-05T10:00:00+02:00',
        source: { type: 'person' },
        data: { venueId: 'venue-amuz' },
      } as CulturalRecord,
      {
        id: 'r4',
        category: 'visits',
        time: '2026-10-06T10:00:00+02:00',
        source: { type: 'person' },
        location: { latitude: 51.23, longitude: 4.41 },
        data: { venueId: 'elsewhere', venueName: 'Ergens' },
      } as CulturalRecord,
    ];
    const dna = ownerDna(records, catalogData(), new Date('2026-11-01T00:00:00Z'));
    expect(dna.records).toBe(4);
    expect(dna.genres[0]).toMatchObject({ key: 'history', recordIds: ['r2', 'r1'] });
    expect(dna.genres[0]!.label.nl).not.toBe('history');
    expect(dna.media.map((m) => m.key)).toEqual(['read']);
    const amuz = dna.venues.find((venue) => venue.key === 'venue-amuz')!;
    expect(amuz).toMatchObject({ label: { nl: 'AMUZ' }, latitude: 51.216, recordIds: ['r3'] });
    expect(dna.venues.find((venue) => venue.key === 'elsewhere')).toMatchObject({
      label: { nl: 'Ergens' },
      latitude: 51.23,
    });
    expect(dna.timeline.map((month) => [month.month, month.recordIds.length])).toEqual([
      ['2026-09', 1],
      ['2026-10', 3],
    ]);
    expect(dna.adventurousness.value).toBe(0.5);
    expect(dna.recordCategories).toMatchObject({ r1: 'loans', r3: 'visits' });
  });

  it('is empty without records', () => {
    const dna = ownerDna([], undefined);
    expect(dna).toMatchObject({ records: 0, themes: [], venues: [], timeline: [] });
  });
});

describe('the owner’s own words', () => {
  it('lists them as typed, apart from the genres, older records without them read as none (review finding: typed words ranked as top genres)', () => {
    const interests = (id: string, time: string, data: object) =>
      CulturalRecord.parse({ id, category: 'interests', time, source: { type: 'person' }, data });
    const dna = ownerDna(
      [
        interests('i1', '2026-09-01T10:00:00Z', { genres: ['fantasy'] }),
        interests('i2', '2026-10-01T10:00:00Z', { genres: ['fantasy'], words: ['Rubens'] }),
        interests('i3', '2026-10-02T10:00:00Z', {
          words: ['rubens', 'geschiedenis van Antwerpen'],
        }),
      ],
      catalogData(),
      new Date('2026-11-01T00:00:00Z'),
    );
    expect(dna.genres.map((genre) => genre.key)).toEqual(['fantasy']);
    expect(dna.words).toEqual([
      { word: 'rubens', recordIds: ['i3', 'i2'] },
      { word: 'geschiedenis van Antwerpen', recordIds: ['i3'] },
    ]);
  });
});
