/** The extension's user-facing strings; Dutch is the default, English the alternative. */
export const MESSAGES = {
  nl: {
    badgeActive: 'Verwonder actief',
    badgeLabel: 'Verwonder is actief op deze pagina',
    popupStatus: 'Verwonder werkt op de stadswebsites van Antwerpen.',
  },
  en: {
    badgeActive: 'Verwonder active',
    badgeLabel: 'Verwonder is active on this page',
    popupStatus: "Verwonder works on the City of Antwerp's websites.",
  },
} as const satisfies Record<string, Record<string, string>>;

export type Locale = keyof typeof MESSAGES;
export type Messages = (typeof MESSAGES)[Locale];

/** English for any English language tag (e.g. "en-GB"), Dutch for everything else. */
export function pickLocale(languageTag: string | null | undefined): Locale {
  return languageTag?.trim().toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function messagesFor(languageTag: string | null | undefined): Messages {
  return MESSAGES[pickLocale(languageTag)];
}
