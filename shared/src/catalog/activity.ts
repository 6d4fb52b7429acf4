import { z } from 'zod';
import { ACTIVITY_SCHEMA_TYPES } from './activity-schema-types.ts';
import { Calendar } from './calendar.ts';
import { catalogItemBaseShape } from './catalog-item-base.ts';
import { Price } from './price.ts';
import { EventTypeTerm } from './taxonomy-term.ts';
import { Venue } from './venue.ts';

/** schema.org Event subtypes used for activities. */
export const ActivitySchemaType = z.enum(ACTIVITY_SCHEMA_TYPES);
export type ActivitySchemaType = z.infer<typeof ActivitySchemaType>;

/** A cultural activity in Antwerp, shaped after a UiTdatabank event. */
export const Activity = z.object({
  ...catalogItemBaseShape,
  id: z.string().regex(/^act-\d{5}$/, 'activity ids look like act-00042'),
  kind: z.literal('activity'),
  schemaType: ActivitySchemaType,
  eventType: EventTypeTerm,
  /** Embedded so pages have the name and coordinates without a second lookup. */
  venue: Venue,
  calendar: Calendar,
  price: Price,
  url: z.url().optional(),
});
export type Activity = z.infer<typeof Activity>;
