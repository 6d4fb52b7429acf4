import type { ActivitySchemaType } from '../../../src/catalog/activity.ts';
import type { Medium } from '../../../src/model/medium.ts';
import type { TypeKey } from './programme-line.ts';

export interface EventTypeSpec {
  /** UiTdatabank event type id. */
  termId: string;
  /** Events per year in the demo programme; the total is about 11,700 (UiTdatabank, Antwerp, 2017). */
  count: number;
  schemaType: ActivitySchemaType;
  medium: Medium;
}

export const EVENT_TYPES: Record<TypeKey, EventTypeSpec> = {
  concert: { termId: '0.50.4.0.0', count: 2500, schemaType: 'MusicEvent', medium: 'listen' },
  theatre: { termId: '0.55.0.0.0', count: 1700, schemaType: 'TheaterEvent', medium: 'experience' },
  dance: { termId: '0.54.0.0.0', count: 450, schemaType: 'DanceEvent', medium: 'experience' },
  exhibition: {
    termId: '0.0.0.0.0',
    count: 650,
    schemaType: 'ExhibitionEvent',
    medium: 'experience',
  },
  film: { termId: '0.50.6.0.0', count: 1400, schemaType: 'ScreeningEvent', medium: 'watch' },
  lecture: { termId: '0.3.2.0.0', count: 1300, schemaType: 'EducationEvent', medium: 'experience' },
  course: { termId: '0.3.1.0.0', count: 900, schemaType: 'EducationEvent', medium: 'experience' },
  'open-course': {
    termId: '0.3.1.0.1',
    count: 350,
    schemaType: 'EducationEvent',
    medium: 'experience',
  },
  tour: { termId: '0.7.0.0.0', count: 1000, schemaType: 'Event', medium: 'experience' },
  festival: { termId: '0.5.0.0.0', count: 120, schemaType: 'Festival', medium: 'experience' },
  quiz: { termId: '0.50.21.0.0', count: 250, schemaType: 'SocialEvent', medium: 'experience' },
  party: { termId: '0.49.0.0.0', count: 250, schemaType: 'SocialEvent', medium: 'listen' },
  market: { termId: '0.37.0.0.0', count: 150, schemaType: 'SaleEvent', medium: 'experience' },
  'open-house': { termId: '0.12.0.0.0', count: 80, schemaType: 'Event', medium: 'experience' },
  route: { termId: '0.17.0.0.0', count: 150, schemaType: 'Event', medium: 'experience' },
  camp: { termId: '0.57.0.0.0', count: 150, schemaType: 'ChildrensEvent', medium: 'experience' },
  food: { termId: '1.50.0.0.0', count: 80, schemaType: 'FoodEvent', medium: 'experience' },
  festivity: { termId: '0.28.0.0.0', count: 80, schemaType: 'SocialEvent', medium: 'experience' },
  sport: { termId: '0.59.0.0.0', count: 100, schemaType: 'SportsEvent', medium: 'experience' },
  fair: { termId: '0.6.0.0.0', count: 40, schemaType: 'Event', medium: 'experience' },
};
