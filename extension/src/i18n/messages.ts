import { PAGE_MESSAGES } from './page-messages.ts';

/**
 * The extension's user-facing strings; Dutch is the default, English the alternative. The page UI's
 * own texts are in page-messages.ts (the content script imports only those) and included here.
 */
export const MESSAGES = {
  nl: {
    ...PAGE_MESSAGES.nl,
    badgeActive: 'Verwonder actief',
    badgeLabel: 'Verwonder is actief op deze pagina',
    popupStatus: 'Verwonder werkt op de stadswebsites van Antwerpen.',
    popupTitle: 'Verwonder',
    modeLegend: 'Personalisatie',
    modeOn: 'Aan',
    modeLimited: 'Beperkt (alleen opgegeven interesses)',
    modeOff: 'Uit',
    dialLegend: 'Vertrouwd of verrassend',
    dialVertrouwd: 'Vertrouwd',
    dialDefault: 'Gemengd',
    dialVerrasMe: 'Verras me',
    dialFine: 'Fijner instellen',
    dialValue: '{preset}, {percent} van 100',
    dialNote: 'Verwonder kiest er de suggesties op deze en volgende pagina’s mee.',
    siteSwitch: 'Aan op deze site',
    siteReveals:
      'Wat de site dan kan zien: waar Verwonder een merkje of een zone toont. Alleen al daaruit kan ze afleiden welke items op de pagina bij je passen, en zo iets over je smaak. Niet waarom, en niet of het ‘Voor jou’ of een ‘Verrassing’ is.',
    noSite: 'Deze pagina is geen ondersteunde stadswebsite.',
    enableSite: 'Verwonder aanzetten op deze site',
    enableSiteNote:
      'Je browser vraagt dan toestemming om deze ene site te lezen; Verwonder leest er alleen schema.org-gegevens.',
    enabledSiteReload: 'Aan. Herlaad de pagina om Verwonder hier te zien.',
    categoriesLegend: 'Gegevens die Verwonder mag gebruiken',
    placesTitle: 'Waar Verwonder iets doet op deze pagina',
    placesNone: 'Nergens: Verwonder toont niets op deze pagina.',
    invite:
      'Verwonder kent je nog niet. Vertel wat je graag doet, dan toont het je hier meteen suggesties.',
    inviteAction: 'Interesses kiezen',
    placeZone: 'Aanbevelingszone bovenaan de lijst',
    obscuredWarning:
      'Deze pagina probeerde Verwonder te verbergen; de suggesties zijn uitgeschakeld.',
    openVault: 'Open je kluis',
    noVault: 'Nog geen kluis gekoppeld: stel ze in bij de opties.',
    openOptions: 'Opties',
    optionsTitle: 'Verwonder: opties',
    vaultLegend: 'Kluis',
    vaultUrl: 'Adres van je kluis',
    interestsLegend: 'Opgegeven interesses',
    interestsHelp: 'Gescheiden door komma’s, bijvoorbeeld: fantasy, jazz, mode',
    becomes: 'wordt',
    notRecognised: 'niet herkend: telt als los woord',
    vaultInterests: 'Interesses in je kluis kiezen (alle sites zien dezelfde)',
    sitesLegend: 'Sites waar Verwonder kan werken',
    siteAddresses: 'Adressen:',
    captureSwitch: 'Onthoud welke pagina’s ik open (surfgedrag)',
    stoppedOnSite: 'Niet gebruikt op deze site:',
    useAgain: '{category} weer gebruiken',
    languageLegend: 'Taal',
    save: 'Bewaren',
    saved: 'Bewaard.',
    invalidUrl: 'Geef een geldig http- of https-adres.',
    connect: 'Verbinden',
    disconnect: 'Ontkoppelen',
    pairingUnpaired: 'Niet gekoppeld.',
    pairingRevokeFailed:
      'Ontkoppeld, maar {vault} was niet bereikbaar: beëindig de toegang ook bij Verbindingen in je kluis.',
    pairingPending: 'Bezig met koppelen: geef toestemming in het tabblad van je kluis.',
    pairingPaired: 'Gekoppeld met {vault}.',
    pairingFailed: 'Koppelen mislukt: {error}',
    pairingAccessEnded:
      'De toegang is in je kluis beëindigd: Verwonder gebruikt niets meer uit je kluis. Klik op Verbinden om opnieuw te koppelen.',
    pairingRetrying:
      'Bezig met opnieuw koppelen: geef toestemming in het tabblad van je kluis. Tot dan blijft de huidige koppeling.',
    pairingRetryFailed: 'Opnieuw koppelen mislukt: {error}. De huidige koppeling blijft.',
    pairingIssuerMismatch:
      'dit adres verwijst naar een andere server dan zichzelf, dus Verwonder vertrouwt het niet als je kluis. Er is niets bewaard: kijk het adres van je kluis na.',
    pairingScopes: 'Toegestaan:',
    pairingQueued: '{count} gegevens wachten om naar je kluis te gaan.',
    pairingLastSync: 'Laatst bijgewerkt: {time}',
  },
  en: {
    ...PAGE_MESSAGES.en,
    badgeActive: 'Verwonder active',
    badgeLabel: 'Verwonder is active on this page',
    popupStatus: "Verwonder works on the City of Antwerp's websites.",
    popupTitle: 'Verwonder',
    modeLegend: 'Personalisation',
    modeOn: 'On',
    modeLimited: 'Limited (stated interests only)',
    modeOff: 'Off',
    dialLegend: 'Familiar or surprising',
    dialVertrouwd: 'Familiar',
    dialDefault: 'Mixed',
    dialVerrasMe: 'Surprise me',
    dialFine: 'Fine-tune',
    dialValue: '{preset}, {percent} out of 100',
    dialNote: 'Verwonder picks the suggestions on this and later pages with it.',
    siteSwitch: 'On for this site',
    siteReveals:
      'What the site can then see: where Verwonder shows a mark or a zone. From that alone it can work out which items on the page suit you, and so something about your taste. Not why, nor whether it is ‘For you’ or a ‘Surprise’.',
    noSite: 'This page is not a supported city website.',
    enableSite: 'Turn Verwonder on for this site',
    enableSiteNote:
      'Your browser then asks permission to read this one site; Verwonder reads only its schema.org data there.',
    enabledSiteReload: 'On. Reload the page to see Verwonder here.',
    categoriesLegend: 'Data Verwonder may use',
    placesTitle: 'Where Verwonder acts on this page',
    placesNone: 'Nowhere: Verwonder shows nothing on this page.',
    invite:
      'Verwonder does not know you yet. Tell it what you enjoy and it shows suggestions here right away.',
    inviteAction: 'Choose interests',
    placeZone: 'Recommendation zone above the list',
    obscuredWarning: 'This page tried to hide Verwonder; its suggestions are switched off.',
    openVault: 'Open your vault',
    noVault: 'No vault connected yet: set it in the options.',
    openOptions: 'Options',
    optionsTitle: 'Verwonder: options',
    vaultLegend: 'Vault',
    vaultUrl: 'Address of your vault',
    interestsLegend: 'Stated interests',
    interestsHelp: 'Separated by commas, for example: fantasy, jazz, fashion',
    becomes: 'becomes',
    notRecognised: 'not recognised: counts as a plain word',
    vaultInterests: 'Choose interests in your vault (every site sees the same ones)',
    sitesLegend: 'Sites Verwonder can work on',
    siteAddresses: 'Addresses:',
    captureSwitch: 'Remember which pages I open (browsing)',
    stoppedOnSite: 'Not used on this site:',
    useAgain: 'Use {category} again',
    languageLegend: 'Language',
    save: 'Save',
    saved: 'Saved.',
    invalidUrl: 'Enter a valid http or https address.',
    connect: 'Connect',
    disconnect: 'Disconnect',
    pairingUnpaired: 'Not connected.',
    pairingRevokeFailed:
      'Disconnected, but {vault} could not be reached: also end the access under Connections in your vault.',
    pairingPending: 'Connecting: give your consent in the vault’s tab.',
    pairingPaired: 'Connected to {vault}.',
    pairingFailed: 'Connecting failed: {error}',
    pairingAccessEnded:
      'Access was ended in your vault: Verwonder no longer uses anything from your vault. Click Connect to connect again.',
    pairingRetrying:
      'Connecting again: give your consent in the vault’s tab. The current connection stays until then.',
    pairingRetryFailed: 'Connecting again failed: {error}. The current connection stays.',
    pairingIssuerMismatch:
      'this address points to another server than itself, so Verwonder does not trust it as your vault. Nothing was stored: check your vault’s address.',
    pairingScopes: 'Allowed:',
    pairingQueued: '{count} records are waiting to go to your vault.',
    pairingLastSync: 'Last sent: {time}',
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
