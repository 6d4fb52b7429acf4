import { z } from 'zod';

/** ISO 8601 date-time with an explicit UTC offset (Europe/Brussels: +01:00 or +02:00), no `Z`. */
export const OffsetDateTime = z.iso
  .datetime({ offset: true })
  .regex(/[+-]\d{2}:\d{2}$/, 'date-time needs an explicit UTC offset such as +02:00');
export type OffsetDateTime = z.infer<typeof OffsetDateTime>;

/** The days of the week, Monday first (ISO 8601): the one list every part orders days by. */
export const DAYS_OF_WEEK = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

export const DayOfWeek = z.enum(DAYS_OF_WEEK);
export type DayOfWeek = z.infer<typeof DayOfWeek>;

const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

export const OpeningHours = z
  .object({
    dayOfWeek: z.array(DayOfWeek).min(1),
    opens: clockTime,
    closes: clockTime,
  })
  .refine((h) => h.opens < h.closes, { message: 'opens must be before closes' });
export type OpeningHours = z.infer<typeof OpeningHours>;

const startBeforeEnd = (r: { startDate: string; endDate: string }): boolean =>
  Date.parse(r.startDate) <= Date.parse(r.endDate);
const startBeforeEndIssue = { message: 'endDate must not be before startDate', path: ['endDate'] };

/** Start and end of one occurrence; the end may equal the start when unknown. */
export const DateRange = z
  .object({ startDate: OffsetDateTime, endDate: OffsetDateTime })
  .refine(startBeforeEnd, startBeforeEndIssue);
export type DateRange = z.infer<typeof DateRange>;

export const SingleCalendar = z
  .object({ type: z.literal('single'), startDate: OffsetDateTime, endDate: OffsetDateTime })
  .refine(startBeforeEnd, startBeforeEndIssue);
export const MultipleCalendar = z.object({
  type: z.literal('multiple'),
  subEvents: z.array(DateRange).min(2),
});
export const PeriodicCalendar = z
  .object({
    type: z.literal('periodic'),
    startDate: OffsetDateTime,
    endDate: OffsetDateTime,
    openingHours: z.array(OpeningHours).min(1),
  })
  .refine(startBeforeEnd, startBeforeEndIssue);
export const PermanentCalendar = z.object({
  type: z.literal('permanent'),
  openingHours: z.array(OpeningHours).min(1),
});

/** The four UiTdatabank calendar types. */
export const Calendar = z.discriminatedUnion('type', [
  SingleCalendar,
  MultipleCalendar,
  PeriodicCalendar,
  PermanentCalendar,
]);
export type Calendar = z.infer<typeof Calendar>;
export type CalendarType = Calendar['type'];
