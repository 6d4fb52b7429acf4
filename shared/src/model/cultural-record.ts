import { z } from 'zod';
import { CoarseLocation } from './coarse-location.ts';
import type { DataCategoryId } from './data-category.ts';
import { ItemRef } from './item-ref.ts';
import { RecordSource } from './record-source.ts';
import { RecordTime } from './record-time.ts';
import {
  BrowsingData,
  FeedbackData,
  InterestsData,
  LoanData,
  LocationData,
  MuseumAppData,
  NewsletterData,
  ProfileData,
  TicketData,
  VisitData,
} from './record-data.ts';

/** Assigned by the vault; absent on a record that is about to be created. */
export const RecordId = z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - and _ only');

const common = {
  time: RecordTime,
  source: RecordSource,
  /** Lets a client retry a write without creating a second record. */
  idempotencyKey: z.string().min(1).max(200).optional(),
};

function variants<Id extends z.ZodRawShape>(id: Id) {
  // `location` is optional everywhere but in the location category, where it is the point.
  const base = { ...common, ...id, location: CoarseLocation.optional() };
  const withItem = { ...base, item: ItemRef };
  const withOptionalItem = { ...base, item: ItemRef.optional() };
  return [
    z.object({ ...base, category: z.literal('profile'), data: ProfileData }).strict(),
    z.object({ ...base, category: z.literal('interests'), data: InterestsData }).strict(),
    z.object({ ...withItem, category: z.literal('loans'), data: LoanData }).strict(),
    z.object({ ...withItem, category: z.literal('tickets'), data: TicketData }).strict(),
    z.object({ ...withOptionalItem, category: z.literal('visits'), data: VisitData }).strict(),
    z.object({ ...withOptionalItem, category: z.literal('browsing'), data: BrowsingData }).strict(),
    z.object({ ...base, category: z.literal('newsletters'), data: NewsletterData }).strict(),
    z
      .object({ ...withOptionalItem, category: z.literal('museum-app'), data: MuseumAppData })
      .strict(),
    z
      .object({
        ...common,
        ...id,
        category: z.literal('location'),
        location: CoarseLocation,
        data: LocationData,
      })
      .strict(),
    z.object({ ...withOptionalItem, category: z.literal('feedback'), data: FeedbackData }).strict(),
  ] as const;
}

/** One entry of a person's cultural DNA, discriminated by its data category. */
export const CulturalRecord = z.discriminatedUnion('category', variants({ id: RecordId }));
/** A record as a client sends it: the vault assigns the id. */
export const NewCulturalRecord = z.discriminatedUnion('category', variants({}));
export type CulturalRecord = z.infer<typeof CulturalRecord>;
export type CulturalRecordInput = z.input<typeof CulturalRecord>;
export type RecordOf<C extends DataCategoryId> = Extract<CulturalRecord, { category: C }>;

export type NewCulturalRecord = z.infer<typeof NewCulturalRecord>;
export type NewCulturalRecordInput = z.input<typeof NewCulturalRecord>;
