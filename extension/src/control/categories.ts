/**
 * The ten data categories as the extension shows them. The registry itself lives in
 * shared/src/model/data-category.ts, but it is built with full zod, which Parcel (inside Plasmo)
 * mis-bundles; categories.test.ts keeps this copy equal to it.
 */
export const CATEGORY_IDS = [
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

export type CategoryId = (typeof CATEGORY_IDS)[number];

export interface CategoryInfo {
  label: { nl: string; en: string };
  /** Behavioural categories are left out in the "limited" mode (stated interests only). */
  behavioural: boolean;
}

export const CATEGORIES: Readonly<Record<CategoryId, CategoryInfo>> = {
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
