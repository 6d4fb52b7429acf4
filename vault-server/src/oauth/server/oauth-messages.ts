import type { Lang } from '../../http/pages/messages.ts';

/** `2027-05-27` as people read it, e.g. "27 mei 2027". */
const longDay = (day: string, locale: string): string =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString(locale, { dateStyle: 'long', timeZone: 'UTC' });

/** Texts of the consent and connections pages. Plain words: people decide here, not engineers. */
export const OAUTH_MESSAGES = {
  nl: {
    consentTitle: 'Toegang tot je kluis',
    asks: (site: string) => `${site} vraagt toegang tot je kluis.`,
    asksExtension:
      'Je eigen Verwonder-extensie, de browser-add-on die je in je browser installeerde, vraagt toegang tot je kluis.',
    extensionFacts:
      'Dit is geen website. De extensie doet voorstellen op de stadssites die je bezoekt: ze rangschikt op je eigen toestel en bewaart wat ze leest versleuteld in je browser. Een site krijgt er niets van, tenzij je zelf een formulier invult vanuit je kluis.',
    whatTitleExtension: 'Wat de extensie mag doen',
    whatHintExtension:
      'Aangevinkt is wat de extensie gebruikt om voorstellen te doen. Vink uit wat je niet wilt toestaan; wat niet aangevinkt is, geef je alleen als je het zelf aanvinkt.',
    revealsExtension: 'Wat de extensie hieruit kan afleiden',
    untilHintExtension: (day: string) =>
      `De extensie vraagt tot en met ${longDay(day, 'nl-BE')}. Je kunt een vroegere dag kiezen.`,
    untickedProfile:
      'Niet aangevinkt: alleen nodig als je op een stadssite in een formulier op ‘Vul in vanuit mijn kluis’ drukt.',
    untickedOther: 'Niet aangevinkt: de extensie gebruikt dit nu niet.',
    siteAddress: 'Adres van de site',
    privacyPolicy: 'Privacybeleid van de site',
    contact: 'Contact',
    whatTitle: 'Wat de site mag doen',
    whatHint: 'Vink uit wat je niet wilt toestaan.',
    touches: 'Gaat over',
    noRecords: 'geen gegevens zelf',
    rankOver: 'Mag daarvoor gebruiken:',
    reveals: 'Wat de site hieruit kan afleiden',
    purposeTitle: 'Waarvoor',
    replacesTitle: 'Dit vervangt de toegang die de site nu heeft',
    replacesHint: (site: string) =>
      `${site} heeft al toegang tot je kluis. Sta je dit toe, dan stopt die toegang meteen en geldt alleen wat je hier kiest. Nu mag de site:`,
    replacesUntil: (day: string) => `tot en met ${longDay(day, 'nl-BE')}`,
    untilTitle: 'Tot wanneer',
    untilHint: (day: string) =>
      `De site vraagt tot en met ${longDay(day, 'nl-BE')}. Je kunt een vroegere dag kiezen.`,
    revokeAnytime:
      'Je kunt deze toegang altijd intrekken bij Verbonden sites in je kluis. Dan stopt hij meteen.',
    approve: 'Toestaan',
    deny: 'Weigeren',
    refusedTitle: 'Geweigerd',
    refused: (site: string) => `Je weigerde: ${site} kreeg geen toegang tot je kluis.`,
    refusedReturn: (host: string) => `Terug naar ${host}`,
    refusedHint:
      'Ga alleen terug als je die site vertrouwt. Ze hoort dan dat je weigerde, en niets anders.',
    errorTitle: 'Dit verzoek kan niet doorgaan',
    errorIntro:
      'De site die je hierheen stuurde, vroeg iets wat de kluis niet kan toestaan. Je kluis is niet aangeraakt.',
    requestError: (site: string) =>
      `${site} stuurde je hierheen met een verzoek dat de kluis niet kan behandelen. Je kluis is niet aangeraakt.`,
    requestErrorWhat: 'Wat er mis was met het verzoek:',
    requestErrorHint:
      'Ga alleen terug als je die site vertrouwt. Ze hoort dan wat er mis was met haar verzoek, en niets anders.',
    back: 'Terug naar je kluis',
    pickOne: 'Kies minstens één toestemming, of weiger.',
    pickCategory: 'Kies minstens één soort gegevens om te ordenen, of vink het ordenen uit.',
    badDay: 'Kies een dag vanaf vandaag tot de dag die de site vroeg.',
    badDayExtension: 'Kies een dag vanaf vandaag tot de dag die de extensie vroeg.',
    connectionsTitle: 'Verbonden sites',
    connectionsIntro:
      'Deze sites kregen toegang tot je kluis. Intrekken werkt meteen: de volgende vraag van de site wordt geweigerd.',
    noConnections: 'Nog geen enkele site heeft toegang.',
    given: 'Gegeven op',
    ends: 'Loopt tot',
    revoked: 'Ingetrokken op',
    revoke: 'Intrekken',
    receipt: 'Toestemmingsbewijs (JSON)',
    active: 'Actief',
    ended: 'Afgelopen',
    damaged:
      'Deze toestemming is beschadigd opgeslagen en geeft geen toegang meer. Trek ze in om ze op te ruimen.',
  },
  en: {
    consentTitle: 'Access to your vault',
    asks: (site: string) => `${site} asks for access to your vault.`,
    asksExtension:
      'Your own Verwonder extension, the browser add-on you installed in your browser, asks for access to your vault.',
    extensionFacts:
      'This is not a website. The extension makes suggestions on the city sites you visit: it ranks on your own device and keeps what it reads encrypted in your browser. No site gets any of it, unless you fill in a form from your vault yourself.',
    whatTitleExtension: 'What the extension may do',
    whatHintExtension:
      'Ticked is what the extension uses to make suggestions. Untick what you do not want to allow; what is not ticked is given only if you tick it yourself.',
    revealsExtension: 'What the extension can learn from it',
    untilHintExtension: (day: string) =>
      `The extension asks until ${longDay(day, 'en-GB')} inclusive. You can choose an earlier day.`,
    untickedProfile:
      'Not ticked: only needed if you press ‘Fill in from my vault’ on a form on a city site.',
    untickedOther: 'Not ticked: the extension does not use this now.',
    siteAddress: 'Address of the site',
    privacyPolicy: 'The site’s privacy policy',
    contact: 'Contact',
    whatTitle: 'What the site may do',
    whatHint: 'Untick what you do not want to allow.',
    touches: 'Concerns',
    noRecords: 'none of the records themselves',
    rankOver: 'May use for this:',
    reveals: 'What the site can learn from it',
    purposeTitle: 'What for',
    replacesTitle: 'This replaces the access the site has now',
    replacesHint: (site: string) =>
      `${site} already has access to your vault. If you allow this, that access stops at once and only what you choose here counts. Now the site may:`,
    replacesUntil: (day: string) => `until ${longDay(day, 'en-GB')} inclusive`,
    untilTitle: 'Until when',
    untilHint: (day: string) =>
      `The site asks until ${longDay(day, 'en-GB')} inclusive. You can choose an earlier day.`,
    revokeAnytime:
      'You can revoke this access at any time under Connected sites in your vault. It stops at once.',
    approve: 'Allow',
    deny: 'Refuse',
    refusedTitle: 'Refused',
    refused: (site: string) => `You refused: ${site} was given no access to your vault.`,
    refusedReturn: (host: string) => `Back to ${host}`,
    refusedHint:
      'Only go back if you trust that site. It then learns that you refused, and nothing else.',
    errorTitle: 'This request cannot go ahead',
    errorIntro:
      'The site that sent you here asked for something the vault cannot allow. Your vault was not touched.',
    requestError: (site: string) =>
      `${site} sent you here with a request the vault cannot handle. Your vault was not touched.`,
    requestErrorWhat: 'What was wrong with the request:',
    requestErrorHint:
      'Only go back if you trust that site. It then learns what was wrong with its request, and nothing else.',
    back: 'Back to your vault',
    pickOne: 'Choose at least one permission, or refuse.',
    pickCategory: 'Choose at least one kind of data for ordering, or untick ordering.',
    badDay: 'Choose a day from today up to the day the site asked for.',
    badDayExtension: 'Choose a day from today up to the day the extension asked for.',
    connectionsTitle: 'Connected sites',
    connectionsIntro:
      'These sites were given access to your vault. Revoking works at once: the site’s next request is refused.',
    noConnections: 'No site has access yet.',
    given: 'Given on',
    ends: 'Runs until',
    revoked: 'Revoked on',
    revoke: 'Revoke',
    receipt: 'Consent receipt (JSON)',
    active: 'Active',
    ended: 'Ended',
    damaged:
      'This permission was stored damaged and no longer gives any access. Revoke it to tidy it up.',
  },
} satisfies Record<Lang, Record<string, string | ((value: string) => string)>>;

export type OAuthMessages = (typeof OAUTH_MESSAGES)['nl'];
