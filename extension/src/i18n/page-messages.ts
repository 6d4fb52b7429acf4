/**
 * The texts of the UI the content script draws on a page (badge, zone, why-panel, form offer),
 * Dutch and English. Apart from messages.ts so the content script carries only these; messages.ts
 * builds the popup's and options page's table on them.
 */
export const PAGE_MESSAGES = {
  nl: {
    forYou: 'Voor jou',
    surprise: 'Verrassing',
    personalNote: 'persoonlijke suggestie van Verwonder',
    markLabel: 'Persoonlijke suggestie van Verwonder',
    baselinePill: 'Populair',
    baselineNote: 'geen persoonlijke suggestie',
    baselineMarkLabel: 'Populaire tip van Verwonder, geen persoonlijke suggestie',
    baselineWhyIntro:
      'Dit is geen persoonlijke suggestie: hier toont Verwonder wat op deze pagina populair is, zonder iets van jou te gebruiken. Zo kan het eerlijk nagaan of zijn eigen suggesties beter zijn.',
    why: 'Waarom zie ik dit?',
    whyIntro:
      'Verwonder koos dit op je eigen toestel; de website ziet alleen dat hier een merkje staat, niet waarom. Gebruikt:',
    whyTerms: 'De redenen:',
    stopCategory: 'Gebruik {category} niet meer op deze site',
    feedbackLabel: 'Wat vind je van dit voorstel?',
    feedbackUp: 'Goed idee',
    feedbackDown: 'Niet voor mij',
    feedbackWow: 'Wow!',
    zoneTitle: 'Voor jou op deze pagina',
    zoneClose: 'Sluiten',
    zoneNote:
      'Persoonlijke suggesties van Verwonder, gekozen op je eigen toestel. Niets op de pagina is verborgen of verschoven.',
    zoneLabel: 'Verwonder: persoonlijke suggesties',
    assistLabel: 'Verwonder: formulier invullen',
    assistButton: 'Vul in vanuit mijn kluis',
    assistNote: 'Verwonder kan invullen: {fields}. Pas na je klik.',
    assistFilled: 'Ingevuld: {fields}. Kijk ze na voor je verstuurt.',
    assistNothing: 'Je kluis kent geen van deze velden.',
    assistChanged:
      'Het formulier is veranderd: niets ingevuld. Kijk wat Verwonder nu kan invullen en klik opnieuw.',
    assistNone: 'Verwonder kan hier nu niets invullen.',
    fieldName: 'naam',
    fieldEmail: 'e-mailadres',
    fieldPostalCode: 'postcode',
    fieldAKaart: 'A-kaartnummer',
  },
  en: {
    forYou: 'For you',
    surprise: 'Surprise',
    personalNote: 'personal suggestion by Verwonder',
    markLabel: 'Personal suggestion by Verwonder',
    baselinePill: 'Popular',
    baselineNote: 'not a personal suggestion',
    baselineMarkLabel: 'Popular pick by Verwonder, not a personal suggestion',
    baselineWhyIntro:
      'This is not a personal suggestion: here Verwonder shows what is popular on this page, using nothing of yours. That way it can check fairly whether its own suggestions do better.',
    why: 'Why am I seeing this?',
    whyIntro:
      'Verwonder chose this on your own device; the website only sees that a mark is here, not why. Used:',
    whyTerms: 'The reasons:',
    stopCategory: 'Stop using {category} on this site',
    feedbackLabel: 'What do you think of this suggestion?',
    feedbackUp: 'Good idea',
    feedbackDown: 'Not for me',
    feedbackWow: 'Wow!',
    zoneTitle: 'For you on this page',
    zoneClose: 'Close',
    zoneNote:
      'Personal suggestions by Verwonder, chosen on your own device. Nothing on the page is hidden or moved.',
    zoneLabel: 'Verwonder: personal suggestions',
    assistLabel: 'Verwonder: fill in the form',
    assistButton: 'Fill in from my vault',
    assistNote: 'Verwonder can fill in: {fields}. Only when you click.',
    assistFilled: 'Filled in: {fields}. Check them before you send.',
    assistNothing: 'Your vault knows none of these fields.',
    assistChanged:
      'The form changed: nothing was filled in. Check what Verwonder can fill in now and click again.',
    assistNone: 'Verwonder cannot fill in anything here now.',
    fieldName: 'name',
    fieldEmail: 'email address',
    fieldPostalCode: 'postal code',
    fieldAKaart: 'A-kaart number',
  },
} as const satisfies Record<string, Record<string, string>>;
