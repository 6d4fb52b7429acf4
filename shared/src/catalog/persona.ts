import { z } from 'zod';
import { OffsetDateTime } from './calendar.ts';
import { District } from './district.ts';
import { CoarseLocation } from '../model/coarse-location.ts';
import { LocalizedText } from '../model/localized-text.ts';

export const Loan = z.object({
  bookId: z.string().regex(/^book-\d+$/),
  date: OffsetDateTime,
});
export type Loan = z.infer<typeof Loan>;

export const AttendanceKind = z.enum(['ticket', 'a-kaart-visit']);
export type AttendanceKind = z.infer<typeof AttendanceKind>;

export const Attendance = z.object({
  activityId: z.string().regex(/^act-\d{5}$/),
  date: OffsetDateTime,
  kind: AttendanceKind,
});
export type Attendance = z.infer<typeof Attendance>;

/** A demo inhabitant; the loans are a real goodbooks-sample user's rated books. */
export const Persona = z.object({
  id: z.string().regex(/^persona-[a-z0-9-]+$/),
  name: z.string().min(1),
  district: District,
  /** Neighbourhood within the district, e.g. Linkeroever or Zuid. */
  neighbourhood: z.string().min(1).optional(),
  /** Rough home area (a neighbourhood centre, about 1 km precise), for "near me" suggestions. */
  homeArea: CoarseLocation.omit({ district: true }).optional(),
  taste: LocalizedText,
  goodbooksUserId: z.number().int().positive(),
  loans: z.array(Loan),
  attendance: z.array(Attendance),
  /** UiTdatabank theme ids the person ticked as interests. */
  statedInterests: z.array(z.string().min(1)),
});
export type Persona = z.infer<typeof Persona>;
