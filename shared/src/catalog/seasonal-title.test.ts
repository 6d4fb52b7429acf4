import { describe, expect, it } from 'vitest';
import type { Calendar } from './calendar.ts';
import { calendarDays, dateOutOfSeason, seasonOfCalendar, titleSeason } from './seasonal-title.ts';

const single = (date: string): Calendar => ({
  type: 'single',
  startDate: `${date}T20:00:00+01:00`,
  endDate: `${date}T22:00:00+01:00`,
});

describe('titleSeason', () => {
  it('finds the season or holiday a title names, the holiday first, and no word that merely contains one', () => {
    expect(titleSeason('Halloweentocht')?.name).toBe('Halloween');
    expect(titleSeason('Algemene kennisquiz: wintereditie')?.name).toBe('winter');
    expect(titleSeason('Paper Wolves – voorjaarstour')?.name).toBe('lente');
    expect(titleSeason('Winter in Antwerpen: kerstmarkt')?.name).toBe('kerst');
    expect(titleSeason('Middelheim: Zomerbeelden')?.name).toBe('zomer');
    expect(titleSeason('Lichtfeest')?.name).toBe('Lichtfeest');
    // Shakespeare's play, Saint-Saëns' suite and Vivaldi's concertos are not dates.
    expect(titleSeason('Een midzomernachtdroom')).toBeUndefined();
    expect(titleSeason('Kinderconcert: Het carnaval der dieren')).toBeUndefined();
    expect(titleSeason('Vivaldi: De vier jaargetijden')).toBeUndefined();
  });
});

describe('dateOutOfSeason', () => {
  const winter = titleSeason('wintereditie')!;
  const kerst = titleSeason('kerstmarkt')!;
  it('keeps a festival of light to the dark months (review finding: a Lichtfeest in July)', () => {
    const light = titleSeason('Lichtfeest')!;
    expect(dateOutOfSeason(light, single('2027-07-10'), 0)).toBe('2027-07-10');
    expect(dateOutOfSeason(light, single('2026-12-12'))).toBeUndefined();
  });
  it('keeps films and classes in the open to April-October, but not what people do outside all winter (review finding: open-air activities in the middle of winter)', () => {
    const cinema = titleSeason('Openluchtcinema: Intouchables')!;
    expect(cinema.kind).toBe('open-air');
    expect(titleSeason('Yoga in het park')).toBe(cinema);
    expect(titleSeason('Tai chi in open lucht')).toBe(cinema);
    expect(dateOutOfSeason(cinema, single('2026-12-10'), 0)).toBe('2026-12-10');
    expect(dateOutOfSeason(cinema, single('2027-03-04'), 0)).toBe('2027-03-04');
    expect(dateOutOfSeason(cinema, single('2027-07-10'))).toBeUndefined();
    // 1 April is spring; five 52-week steps later it is late March.
    expect(dateOutOfSeason(cinema, single('2027-04-01'), 0)).toBeUndefined();
    expect(dateOutOfSeason(cinema, single('2027-04-01'))).toBeDefined();
    for (const winterproof of [
      'Bootcamp in het park',
      'Start to Run',
      'Wandeling: het Middelheimpark',
      'Fietsroute: Rivierenhof',
      'Boerenmarkt',
      'Rondleiding: beelden in het park',
    ])
      expect(titleSeason(winterproof)).toBeUndefined();
  });
  it('checks every date, over New Year and on 29 February, and every day of a period', () => {
    expect(dateOutOfSeason(winter, single('2027-01-20'), 0)).toBeUndefined();
    expect(dateOutOfSeason(winter, single('2028-02-29'), 0)).toBeUndefined();
    expect(dateOutOfSeason(winter, single('2027-03-01'), 0)).toBe('2027-03-01');
    const market: Calendar = {
      type: 'periodic',
      startDate: '2026-11-27T11:00:00+01:00',
      endDate: '2027-01-03T22:00:00+01:00',
      openingHours: [{ dayOfWeek: ['saturday'], opens: '11:00', closes: '22:00' }],
    };
    expect(calendarDays(market)).toHaveLength(38);
    expect(dateOutOfSeason(kerst, market)).toBeUndefined();
    expect(dateOutOfSeason(winter, market, 0)).toBe('2026-11-27');
    expect(dateOutOfSeason(winter, { type: 'permanent', openingHours: market.openingHours })).toBe(
      'permanent',
    );
  });

  it('checks the dates the loader moves the season to: a 52-week step lands a day or two earlier', () => {
    // 3 December 2026 is winter; one step on it is 2 December 2027, two steps (across
    // 29 February 2028) 30 November 2028.
    expect(dateOutOfSeason(winter, single('2026-12-03'), 0)).toBeUndefined();
    expect(dateOutOfSeason(winter, single('2026-12-03'))).toBe('2028-11-30');
    expect(seasonOfCalendar(single('2026-12-03'))).toBeUndefined();
    expect(seasonOfCalendar(single('2026-12-20'))).toBe('winter');
  });
});
