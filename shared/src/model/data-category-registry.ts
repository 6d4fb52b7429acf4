/**
 * The fixed registry of data categories as plain data, free of zod so that the extension's bundler
 * (Parcel inside Plasmo cannot take full zod) reads the same list; data-category.ts validates it.
 * Each category is a container in the pod with its own data key, its own consent and its own
 * retention, so the ids are part of URLs and scopes: never rename one.
 */
import {
  DATA_CATEGORY_BASICS,
  type DataCategoryBasics,
  type DataCategoryIdValue,
} from './data-category-basics.ts';

export { DATA_CATEGORY_IDS, type DataCategoryIdValue } from './data-category-basics.ts';

export interface DataCategoryEntry extends DataCategoryBasics {
  id: DataCategoryIdValue;
  description: { nl: string; en: string };
  sensitivity: 'low' | 'medium' | 'high';
  /** Days a record is kept before the purge job removes it; null = until the person deletes it. */
  defaultRetentionDays: number | null;
  /** The closest W3C DPV personal-data category. */
  dpvCategory: string;
}

const YEAR = 365;

export const DATA_CATEGORY_REGISTRY: readonly DataCategoryEntry[] = [
  {
    id: 'profile',
    ...DATA_CATEGORY_BASICS.profile,
    description: {
      nl: 'Je naam, e-mailadres, postcode en A-kaartnummer: om formulieren voor je in te vullen.',
      en: 'Your name, email address, postal code and A-kaart number: to fill in forms for you.',
    },
    sensitivity: 'high',
    defaultRetentionDays: null,
    dpvCategory: 'pd:Contact',
  },
  {
    id: 'interests',
    ...DATA_CATEGORY_BASICS.interests,
    description: {
      nl: 'Thema’s, genres en soorten cultuur die je zelf hebt aangeduid.',
      en: 'Themes, genres and kinds of culture that you chose yourself.',
    },
    sensitivity: 'medium',
    defaultRetentionDays: null,
    dpvCategory: 'pd:Interest',
  },
  {
    id: 'loans',
    ...DATA_CATEGORY_BASICS.loans,
    description: {
      nl: 'Boeken en andere media die je leende bij de bibliotheek. Wat je leest kan veel over je zeggen.',
      en: 'Books and other media you borrowed from the library. What you read can say a lot about you.',
    },
    sensitivity: 'high',
    defaultRetentionDays: 2 * YEAR,
    dpvCategory: 'pd:Preference',
  },
  {
    id: 'tickets',
    ...DATA_CATEGORY_BASICS.tickets,
    description: {
      nl: 'Tickets die je kocht voor concerten, voorstellingen, films en andere activiteiten.',
      en: 'Tickets you bought for concerts, performances, films and other activities.',
    },
    sensitivity: 'medium',
    defaultRetentionDays: 2 * YEAR,
    dpvCategory: 'pd:PurchasesAndSpendingHabit',
  },
  {
    id: 'visits',
    ...DATA_CATEGORY_BASICS.visits,
    description: {
      nl: 'Bezoeken aan musea, bibliotheken en cultuurcentra waar je je A-kaart scande.',
      en: 'Visits to museums, libraries and cultural centres where you scanned your A-kaart.',
    },
    sensitivity: 'medium',
    defaultRetentionDays: 2 * YEAR,
    dpvCategory: 'pd:Behavioural',
  },
  {
    id: 'browsing',
    ...DATA_CATEGORY_BASICS.browsing,
    description: {
      nl: 'Pagina’s over boeken en activiteiten die je bekeek op websites van de stad, alleen waar je het toeliet.',
      en: 'Pages about books and activities you viewed on city websites, only where you allowed it.',
    },
    sensitivity: 'high',
    defaultRetentionDays: 90,
    dpvCategory: 'pd:BrowsingBehaviour',
  },
  {
    id: 'newsletters',
    ...DATA_CATEGORY_BASICS.newsletters,
    description: {
      nl: 'De nieuwsbrieven van culturele instellingen waarop je bent ingeschreven.',
      en: 'The newsletters of cultural institutions you subscribed to.',
    },
    sensitivity: 'low',
    defaultRetentionDays: 3 * YEAR,
    dpvCategory: 'pd:Interest',
  },
  {
    id: 'museum-app',
    ...DATA_CATEGORY_BASICS['museum-app'],
    description: {
      nl: 'Rondleidingen en kunstwerken die je bekeek in de app van de Antwerpse musea.',
      en: 'Tours and artworks you looked at in the Antwerp museums app.',
    },
    sensitivity: 'medium',
    defaultRetentionDays: YEAR,
    dpvCategory: 'pd:UsageHistory',
  },
  {
    id: 'location',
    ...DATA_CATEGORY_BASICS.location,
    description: {
      nl: 'Ongeveer waar je bent (op wijkniveau), om activiteiten dichtbij voor te stellen.',
      en: 'Roughly where you are (at district level), to suggest activities nearby.',
    },
    sensitivity: 'high',
    defaultRetentionDays: 30,
    dpvCategory: 'pd:Location',
  },
  {
    id: 'feedback',
    ...DATA_CATEGORY_BASICS.feedback,
    description: {
      nl: 'Wat je vond van suggesties: duim omhoog of omlaag, "wow", weggeklikt.',
      en: 'What you thought of suggestions: thumbs up or down, "wow", dismissed.',
    },
    sensitivity: 'low',
    defaultRetentionDays: YEAR,
    dpvCategory: 'pd:Opinion',
  },
];
