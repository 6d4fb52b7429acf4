/** The search completion's words (kept apart from messages.ts, which the rest of the UI shares). */
export const COMPLETION_MESSAGES = {
  nl: {
    label: 'Zoeksuggesties van Verwonder',
    note: 'Op je toestel gekozen; de site ziet niets tot je er een kiest.',
    keys: 'Pijltjes: kiezen · Enter: invullen · Esc: sluiten',
    none: 'Geen suggesties.',
    count: '{count} zoeksuggesties van Verwonder. Pijltjes om te kiezen, Enter om in te vullen.',
    position: '{label}, {index} van {count}. {why}',
  },
  en: {
    label: 'Search suggestions by Verwonder',
    note: 'Chosen on your device; the site sees nothing until you pick one.',
    keys: 'Arrows: choose · Enter: fill in · Esc: close',
    none: 'No suggestions.',
    count: '{count} search suggestions by Verwonder. Arrows to choose, Enter to fill in.',
    position: '{label}, {index} of {count}. {why}',
  },
} as const;
