/** The strings of the emphasis on an item page's action (`ui/action-focus.ts`), Dutch and English. */
export const FOCUS_MESSAGES = {
  nl: {
    focusLabel: 'Verwonder',
    focusNote:
      'Verwonder zet ‘{action}’ in de verf. Waarom: {reason}. De knop zelf is van de website en blijft zoals hij is.',
    placeFocus: '‘{action}’ in de verf gezet',
  },
  en: {
    focusLabel: 'Verwonder',
    focusNote:
      'Verwonder highlights ‘{action}’. Why: {reason}. The button itself is the website’s and stays as it is.',
    placeFocus: '‘{action}’ highlighted',
  },
} as const satisfies Record<'nl' | 'en', Record<string, string>>;
