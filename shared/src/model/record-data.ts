import { z } from 'zod';
import { Feedback } from './feedback.ts';
import { Medium } from './medium.ts';

/** Per-category payloads of a record: the category decides what a record may hold. */
export const ProfileData = z
  .object({
    name: z.string().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
    postalCode: z
      .string()
      .regex(/^[1-9][0-9]{3}$/, 'a Belgian postal code has four digits')
      .optional(),
    aKaartNumber: z
      .string()
      .regex(/^[0-9]{6,16}$/, 'an A-kaart number has 6 to 16 digits')
      .optional(),
  })
  .strict();

export const InterestsData = z
  .object({
    themeIds: z.array(z.string().min(1).max(64)).max(100).default([]),
    genres: z.array(z.string().min(1).max(64)).max(100).default([]),
    media: z.array(Medium).max(4).default([]),
    /**
     * The person's own words, as typed, that matched no term ("Rubens"): not genres, since they
     * name no genre; the owner's suggestions match them against titles, places and themes.
     * Older records have none.
     */
    words: z.array(z.string().trim().min(1).max(64)).max(20).default([]),
  })
  .strict();

export const LoanData = z
  .object({
    action: z.enum(['borrowed', 'reserved', 'returned']),
    branch: z.string().max(200).optional(),
    /** How the person liked it, 1 to 5 stars: below 4 the loan counts half in their DNA. */
    rating: z.number().int().min(1).max(5).optional(),
  })
  .strict();

export const TicketData = z
  .object({
    quantity: z.number().int().min(1).max(50),
    priceEur: z.number().min(0).max(10_000).optional(),
    tariff: z.string().max(100).optional(),
  })
  .strict();

export const VisitData = z
  .object({ venueId: z.string().min(1).max(200), venueName: z.string().max(300).optional() })
  .strict();

export const BrowsingData = z
  .object({
    url: z.url().max(2000),
    pageType: z.enum(['item', 'list', 'search']),
    dwellSeconds: z.number().int().min(0).max(86_400).optional(),
  })
  .strict();

export const NewsletterData = z
  .object({ list: z.string().min(1).max(200), subscribed: z.boolean() })
  .strict();

export const MuseumAppData = z
  .object({
    venueId: z.string().min(1).max(200),
    event: z.enum(['tour-started', 'tour-completed', 'artwork-viewed']),
    artwork: z.string().max(300).optional(),
  })
  .strict();

export const LocationData = z
  .object({ reason: z.enum(['browser', 'stated']).default('browser') })
  .strict();

export const FeedbackData = Feedback;
