/**
 * The data categories' ids, names and whether each describes behaviour: the part of the registry
 * (data-category-registry.ts builds on it) that the extension's content script shows, kept apart so
 * that script does not carry every description. Plain data, free of zod.
 * The ids are containers in URLs and scopes: never rename one.
 */
export const DATA_CATEGORY_IDS = [
  'profile',
  'interests',
  'loans',
  'tickets',
  'visits',
  'browsing',
  'newsletters',
  'museum-app',
  'location',
  'feedback',
] as const;
export type DataCategoryIdValue = (typeof DATA_CATEGORY_IDS)[number];

export interface DataCategoryBasics {
  label: { nl: string; en: string };
  /** Whether the category describes behaviour (used by the "limited" mode, which keeps only stated data). */
  behavioural: boolean;
}

export const DATA_CATEGORY_BASICS: Readonly<Record<DataCategoryIdValue, DataCategoryBasics>> = {
  profile: { label: { nl: 'Profiel', en: 'Profile' }, behavioural: false },
  interests: { label: { nl: 'Opgegeven interesses', en: 'Stated interests' }, behavioural: false },
  loans: { label: { nl: 'Bibliotheekuitleningen', en: 'Library loans' }, behavioural: true },
  tickets: { label: { nl: 'Ticketaankopen', en: 'Ticket purchases' }, behavioural: true },
  visits: { label: { nl: 'A-kaartbezoeken', en: 'A-kaart visits' }, behavioural: true },
  browsing: {
    label: { nl: 'Surfgedrag op stadssites', en: 'Browsing on city sites' },
    behavioural: true,
  },
  newsletters: {
    label: { nl: 'Nieuwsbrieven', en: 'Newsletter subscriptions' },
    behavioural: false,
  },
  'museum-app': {
    label: { nl: 'Gebruik van de museumapp', en: 'Museum app use' },
    behavioural: true,
  },
  location: { label: { nl: 'Grove locatie', en: 'Coarse location' }, behavioural: true },
  feedback: { label: { nl: 'Feedback', en: 'Feedback' }, behavioural: true },
};
