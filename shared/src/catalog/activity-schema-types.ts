/**
 * schema.org Event subtypes used for activities. A plain list, free of zod, so that the extension
 * (whose bundler cannot take full zod) recognises the same types as the catalogue schema.
 */
export const ACTIVITY_SCHEMA_TYPES = [
  'Event',
  'ChildrensEvent',
  'ComedyEvent',
  'CourseInstance',
  'DanceEvent',
  'EducationEvent',
  'ExhibitionEvent',
  'Festival',
  'FoodEvent',
  'LiteraryEvent',
  'MusicEvent',
  'SaleEvent',
  'ScreeningEvent',
  'SocialEvent',
  'SportsEvent',
  'TheaterEvent',
  'VisualArtsEvent',
] as const;
