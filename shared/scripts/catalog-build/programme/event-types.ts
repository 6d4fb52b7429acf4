import type { ActivitySchemaType } from '../../../src/catalog/activity.ts';
import type { TypeKey } from './programme-line.ts';

export interface EventTypeSpec {
  /** UiTdatabank event type id. */
  termId: string;
  /** Events per year in the demo programme; the total is about 11,700 (UiTdatabank, Antwerp, 2017). */
  count: number;
  /** Its medium follows from this and the term id (src/catalog/event-type-medium.ts). */
  schemaType: ActivitySchemaType;
}

export const EVENT_TYPES: Record<TypeKey, EventTypeSpec> = {
  concert: { termId: '0.50.4.0.0', count: 2500, schemaType: 'MusicEvent' },
  theatre: { termId: '0.55.0.0.0', count: 1700, schemaType: 'TheaterEvent' },
  dance: { termId: '0.54.0.0.0', count: 450, schemaType: 'DanceEvent' },
  exhibition: { termId: '0.0.0.0.0', count: 650, schemaType: 'ExhibitionEvent' },
  film: { termId: '0.50.6.0.0', count: 1400, schemaType: 'ScreeningEvent' },
  lecture: { termId: '0.3.2.0.0', count: 1300, schemaType: 'EducationEvent' },
  course: { termId: '0.3.1.0.0', count: 900, schemaType: 'EducationEvent' },
  'open-course': { termId: '0.3.1.0.1', count: 350, schemaType: 'EducationEvent' },
  tour: { termId: '0.7.0.0.0', count: 1000, schemaType: 'Event' },
  festival: { termId: '0.5.0.0.0', count: 120, schemaType: 'Festival' },
  quiz: { termId: '0.50.21.0.0', count: 250, schemaType: 'SocialEvent' },
  party: { termId: '0.49.0.0.0', count: 250, schemaType: 'SocialEvent' },
  market: { termId: '0.37.0.0.0', count: 150, schemaType: 'SaleEvent' },
  'open-house': { termId: '0.12.0.0.0', count: 80, schemaType: 'Event' },
  route: { termId: '0.17.0.0.0', count: 150, schemaType: 'Event' },
  camp: { termId: '0.57.0.0.0', count: 150, schemaType: 'ChildrensEvent' },
  food: { termId: '1.50.0.0.0', count: 80, schemaType: 'FoodEvent' },
  festivity: { termId: '0.28.0.0.0', count: 80, schemaType: 'SocialEvent' },
  sport: { termId: '0.59.0.0.0', count: 100, schemaType: 'SportsEvent' },
  fair: { termId: '0.6.0.0.0', count: 40, schemaType: 'Event' },
};
