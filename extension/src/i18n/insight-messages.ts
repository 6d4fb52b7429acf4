/**
 * Texts of the one question after a conversion, Dutch and English. Apart from messages.ts so the
 * insight texts stay together; the baseline slot's own texts are the page UI's (page-messages.ts).
 */
export const INSIGHT_MESSAGES = {
  nl: {
    promptTitle: 'Een korte vraag',
    promptLoans: 'Je leende ‘{title}’ nadat Verwonder het je toonde.',
    promptTickets: 'Je kocht een ticket voor ‘{title}’ nadat Verwonder het je toonde.',
    promptVisits: 'Je bezocht ‘{title}’ nadat Verwonder het je toonde.',
    promptQuestion: 'Was dit een goede verrassing?',
    promptQuestionFits: 'Was dit een goede tip voor jou?',
    promptQuestionBaseline: 'Was dit een goede tip?',
    promptYes: 'Ja',
    promptNo: 'Nee',
    promptDismiss: 'Liever niet antwoorden',
    promptNote: 'Je antwoord gaat naar je eigen kluis. Hoogstens één vraag per week.',
    promptThanks: 'Bedankt, je antwoord staat in je kluis.',
    badgeTitle: 'Verwonder heeft een korte vraag',
  },
  en: {
    promptTitle: 'A short question',
    promptLoans: 'You borrowed ‘{title}’ after Verwonder showed it to you.',
    promptTickets: 'You bought a ticket for ‘{title}’ after Verwonder showed it to you.',
    promptVisits: 'You visited ‘{title}’ after Verwonder showed it to you.',
    promptQuestion: 'Was this a good surprise?',
    promptQuestionFits: 'Was this a good pick for you?',
    promptQuestionBaseline: 'Was this a good tip?',
    promptYes: 'Yes',
    promptNo: 'No',
    promptDismiss: 'Rather not answer',
    promptNote: 'Your answer goes to your own vault. At most one question a week.',
    promptThanks: 'Thank you, your answer is in your vault.',
    badgeTitle: 'Verwonder has a short question',
  },
} as const;
