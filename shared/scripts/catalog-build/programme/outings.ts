import type { Random } from '../random.ts';
import { byKeyword, free, price, titles, type ProgrammeLine } from './programme-line.ts';
import { T } from './themes.ts';

const CC = ['cc-berchem', 'cc-deurne', 'cc-merksem', 'cc-hoboken', 'de-kern', 'cc-ekeren', 'cc-luchtbal', 'cc-borgerhout'];
const BIBS = ['permeke', 'bib-berchem', 'bib-couwelaar', 'bib-hoboken', 'bib-merksem', 'bib-wilrijk', 'bib-ekeren', 'bib-borgerhout', 'bib-linkeroever'];
const OUTDOOR = ['stadspark', 'rivierenhof', 'park-spoor-noord', 'grote-markt', 'sint-annastrand', 'nachtegalenpark', 'boekenbergpark', 'kasteel-veltwijck'];

/** Guided tours whose subject belongs to the venue. */
const TOURS_BY_VENUE: Record<string, readonly string[]> = {
  mas: ['Rondleiding: Antwerpen aan de stroom', 'Rondleiding: vijf eeuwen haven', 'Rondleiding: het MAS-depot', 'Panoramawandeling op het MAS-dak'],
  'museum-plantin-moretus': ['Rondleiding: het oudste drukkershuis ter wereld', 'Rondleiding: Plantin en de boekdrukkunst', 'Rondleiding: de bibliotheek van Moretus'],
  rubenshuis: ['Rondleiding: Rubens en zijn tijd', 'Rondleiding: het atelier van Rubens', 'Rondleiding: de tuin van Rubens'],
  kmska: ['Rondleiding: hoogtepunten van het KMSKA', 'Rondleiding: Ensor en de moderne meesters', 'Rondleiding: de Vlaamse primitieven'],
  'm-hka': ['Rondleiding: de collectie hedendaagse kunst'],
  fomu: ['Rondleiding: de lopende tentoonstelling'],
  'red-star-line-museum': ['Rondleiding: de reis naar Amerika', 'Rondleiding: migratie toen en nu'],
  diva: ['Rondleiding: diamant en zilver'],
  middelheimmuseum: ['Rondleiding: beelden in het park', 'Wandeling: het Middelheimpark in de herfst'],
  kathedraal: ['Rondleiding in de Onze-Lieve-Vrouwekathedraal', 'Kathedraal bij kaarslicht', 'Torenbeklimming van de kathedraal'],
  'het-steen': ['Stadswandeling: het historische centrum', 'Stadswandeling: van Steen tot Grote Markt', 'Wandeling: Antwerpse legendes'],
  'grote-markt': ['Stadswandeling: het historische centrum', 'Stadswandeling: Antwerpse gildehuizen', 'Stadswandeling: Antwerpen in de Gouden Eeuw'],
  'felixarchief': ['Rondleiding: achter de schermen van het archief', 'Wandeling: het Eilandje en de dokken'],
  'erfgoedbibliotheek': ['Rondleiding: de Nottebohmzaal'],
  'museum-vleeshuis': ['Rondleiding: klank van de stad'],
  'letterenhuis': ['Rondleiding: achter de schermen van het Letterenhuis'],
  'sint-pauluskerk': ['Rondleiding: de barokke Sint-Pauluskerk'],
  'lillo-fort': ['Begeleide wandeling door Lillo-Fort', 'Polderwandeling rond Lillo'],
  'fort-8': ['Rondleiding: Fort 8 en de Brialmontgordel'],
  'park-spoor-noord': ['Wandeling: Spoor Noord, van spoorwegterrein tot park'],
  nachtegalenpark: ['Natuurwandeling in het Nachtegalenpark'],
};
const tourVenues = Object.keys(TOURS_BY_VENUE);
const TOUR_THEMES: Record<string, readonly string[]> = {
  mas: [T.erfgoed, T.geschiedenis], 'museum-plantin-moretus': [T.erfgoed, T.grafiek], rubenshuis: [T.schilderkunst, T.erfgoed],
  kmska: [T.schilderkunst, T.kunsteducatie], 'm-hka': [T.meerdereKunst], fomu: [T.fotografie], 'red-star-line-museum': [T.geschiedenis, T.samenleving],
  diva: [T.decoratief], middelheimmuseum: [T.beeldhouwkunst, T.natuur], kathedraal: [T.erfgoed, T.zingeving], 'museum-vleeshuis': [T.erfgoed, T.klassiek],
  letterenhuis: [T.literatuur], 'erfgoedbibliotheek': [T.erfgoed, T.literatuur], nachtegalenpark: [T.natuur], 'lillo-fort': [T.erfgoed, T.natuur],
};
const tourTitle = (r: Random, venue: string) => r.pick(TOURS_BY_VENUE[venue] ?? ['Rondleiding']);

/** Festival kinds and the themes they imply. */
const FESTIVALS: readonly (readonly [string, string[]])[] = [
  ['Zomerfestival', [T.meerdereKunst, T.circus]], ['Jazzfestival', [T.jazz]], ['Dancefestival', [T.danceMuziek]],
  ['Kinderfestival', [T.meerdereKunst]], ['Klassiek festival', [T.klassiek]], ['Kinderboekenfestival', [T.literatuur]],
  ['Poëziefestival', [T.poezie, T.literatuur]], ['Filmfestival', [T.meerdereFilm]], ['Wetenschapsfestival', [T.wetenschap]],
  ['Wereldmuziekfestival', [T.folk]], ['Comedyfestival', [T.humor]], ['Theaterfestival', [T.theater]],
  ['Straattheaterfestival', [T.theater, T.circus]], ['Kunstenfestival', [T.meerdereKunst]], ['Bal folk weekend', [T.folk]],
  ['Dansfestival', [T.moderneDans]], ['Literatuurfestival', [T.literatuur]], ['Buurtfestival', [T.samenleving]],
];
/** How a festival names its place. */
const FESTIVAL_PLACES: Record<string, string> = {
  stadspark: 'in het Stadspark', rivierenhof: 'Rivierenhof', 'park-spoor-noord': 'Spoor Noord', 'grote-markt': 'op de Grote Markt',
  'sint-annastrand': 'Linkeroever', nachtegalenpark: 'Nachtegalenpark', boekenbergpark: 'Boekenbergpark', 'kasteel-veltwijck': 'Ekeren',
  desingel: 'deSingel', 'de-roma': 'De Roma', zuiderpershuis: 'Zuiderpershuis', permeke: 'Permeke', 'cc-berchem': 'Berchem',
  'de-kern': 'Wilrijk', 'cc-borgerhout': 'Borgerhout',
};

export const OUTING_LINES: ProgrammeLine[] = [
  {
    key: 'tour-venue', type: 'tour', weight: 70, themes: [T.erfgoed, T.geschiedenis], extraThemes: [T.kunsteducatie, T.architectuur], genres: ['rondleiding'],
    themeFor: (title, venue) => TOUR_THEMES[venue] ?? (title.includes('wandeling') ? [T.erfgoed, T.architectuur] : undefined),
    venues: tourVenues, calendar: 'tour', season: 'all-year', price: price(6, 15, 0.1, 0.5), title: tourTitle,
    blurb: (r) => r.pick(['Een gids neemt je mee langs de verhalen achter de plek.', 'Een rondleiding in kleine groep, met tijd voor vragen.', 'Ontdek de plek met een ervaren gids.']),
  },
  {
    key: 'tour-architecture', type: 'tour', weight: 15, themes: [T.architectuur], extraThemes: [T.erfgoed], genres: ['stadswandeling'],
    venues: ['grote-markt', 'het-steen', 'park-spoor-noord', 'desingel', 'felixarchief'], calendar: 'tour', season: 'all-year', price: price(6, 12, 0.1, 0.3),
    title: titles(['Stadswandeling: {w}', 'Architectuurwandeling: {w}'], { w: ['Zurenborg en de art nouveau', 'het Zuid', 'het Eilandje', 'de Meir', 'de Cogels-Osylei', 'Nieuw Zuid', 'het Kiel van Renaat Braem', 'de Seefhoek'] }),
    blurb: () => 'Een wandeling met een gids langs bijzondere gebouwen en verborgen hoekjes.',
  },
  {
    key: 'tour-kids', type: 'tour', weight: 15, themes: [T.kunsteducatie], genres: ['familie'], audience: 'children', ages: [5, 12],
    venues: ['mas', 'kmska', 'rubenshuis', 'museum-plantin-moretus', 'red-star-line-museum', 'middelheimmuseum', 'het-steen'], calendar: 'family', season: 'all-year',
    price: price(3, 8, 0.3, 0), tags: ['familie'],
    title: titles(['Familierondleiding: {t}', 'Kinderrondleiding: {t}'], { t: ['speuren naar draken', 'het geheim van de drukker', 'op reis met een koffer', 'verhalen in de schilderijen', 'ridders en reuzen'] }),
    blurb: () => 'Een rondleiding op maat van kinderen, met opdrachten en verhalen.',
  },
  {
    key: 'festival', type: 'festival', weight: 1, themes: [T.meerdereKunst], genres: ['festival'],
    themeFor: (title) => festivalThemes(title),
    venues: [...OUTDOOR, 'desingel', 'de-roma', 'zuiderpershuis', 'permeke', 'cc-berchem', 'de-kern', 'cc-borgerhout'], calendar: 'festival', season: 'summer',
    price: price(10, 60, 0.5, 0.3),
    title: (r, venue) => {
      if (venue === 'nachtegalenpark' && r.chance(0.4)) return 'Jazz Middelheim';
      if ((venue === 'stadspark' || venue === 'park-spoor-noord') && r.chance(0.3)) return 'Zomer van Antwerpen';
      return `${r.pick(FESTIVALS)[0]} ${FESTIVAL_PLACES[venue] ?? ''}`.trim();
    },
    blurb: () => 'Meerdere dagen vol programma op verschillende podia.',
  },
  {
    key: 'quiz', type: 'quiz', weight: 1, themes: [], genres: ['quiz'], venues: [...CC, ...BIBS, 'het-bos', 'de-roma'], calendar: 'evening', season: 'indoor',
    themeFor: byKeyword([['Muziekquiz', [T.popRock]], ['Filmquiz', [T.meerdereFilm]], ['Boekenquiz', [T.literatuur]], ['Antwerpen-quiz', [T.geschiedenis]], ['Geschiedenisquiz', [T.geschiedenis]], ['Sportquiz', [T.omnisport]], ['Jaren 90', [T.popRock]]]),
    price: price(10, 25, 0.1, 0), tags: ['ploegen van 4 tot 6'],
    title: titles(['Quiz: {q}', '{q}', '{q}: {e}', 'Bordspellenavond'], { q: ['Algemene kennisquiz', 'Muziekquiz', 'Filmquiz', 'Boekenquiz', 'Antwerpen-quiz', 'Jaren 90-quiz', 'Familiequiz', 'Geschiedenisquiz', 'Sportquiz', 'Kroegquiz'], e: ['herfsteditie', 'wintereditie', 'lente-editie', 'ten voordele van de jeugdwerking', 'de finale'] }),
    blurb: () => 'Schrijf je ploeg in en test je kennis, met prijzen voor de winnaars.',
  },
  {
    key: 'party', type: 'party', weight: 1, themes: [T.danceMuziek, T.hiphop, T.popRock], genres: ['fuif'], venues: ['trix', 'hof-ter-lo', 'de-roma', 'het-bos', 'cc-luchtbal', 'cc-merksem'],
    themeFor: byKeyword([['Latin', [T.folk]], ['Afrobeats', [T.hiphop]], ['Eighties', [T.popRock]], ['90s', [T.popRock]]]),
    calendar: 'night', season: 'indoor', price: price(8, 20, 0.1, 0), ages: [16, 99],
    title: titles(['{p}', '{p}: {s}'], { p: ['Fuif: Back to the 90s', 'Silent disco', 'Dansnacht', 'Studentenfuif', 'Latin Night', 'Afrobeats Party', 'Eighties Party'], s: ['DJ\'s uit de stad', 'tot de zon opkomt', 'editie herfst', 'editie lente'] }),
    blurb: () => 'Een nacht lang dansen, met dj\'s die de dansvloer kennen.',
  },
  {
    key: 'market', type: 'market', weight: 1, themes: [T.antiek, T.literatuur, T.landbouw, T.meerdereKunst], genres: ['markt'],
    themeFor: byKeyword([['Rommelmarkt', [T.antiek]], ['Boekenmarkt', [T.literatuur]], ['Ambachtenmarkt', [T.decoratief]], ['Boerenmarkt', [T.landbouw, T.voeding]], ['platenmarkt', [T.antiek, T.popRock]], ['Kunstmarkt', [T.meerdereKunst]], ['Ruilmarkt', [T.samenleving]]]),
    venues: ['grote-markt', 'park-spoor-noord', 'boekenbergpark', 'stadspark', 'sint-annastrand', 'kasteel-veltwijck', 'cc-hoboken'], calendar: 'weekend-day', season: 'all-year',
    price: free,
    title: titles(['Rommelmarkt', 'Boekenmarkt', 'Ambachtenmarkt', 'Boerenmarkt', 'Vintage- en platenmarkt', 'Kunstmarkt', 'Ruilmarkt speelgoed'], {}),
    blurb: () => 'Snuisteren tussen kraampjes, met iets te eten en te drinken.',
  },
  {
    key: 'market-christmas', type: 'market', weight: 0.15, themes: [T.meerdereKunst], genres: ['kerstmarkt'], venues: ['grote-markt', 'park-spoor-noord'],
    calendar: 'market-season', season: 'december', price: free, title: () => 'Winter in Antwerpen: kerstmarkt',
    blurb: () => 'Kraampjes, glühwein en een schaatsbaan in het hart van de stad.',
  },
  {
    key: 'open-house', type: 'open-house', weight: 1, themes: [T.erfgoed, T.architectuur, T.kunsteducatie], genres: ['opendeur'],
    themeFor: byKeyword([['Monumentendag', [T.erfgoed, T.architectuur]], ['Erfgoeddag', [T.erfgoed]], ['repetitie', [T.theater]]]),
    venues: ['felixarchief', 'desingel', 'erfgoedbibliotheek', 'de-studio', ...CC, 'fort-8', 'kathedraal'], calendar: 'weekend-day', season: 'all-year', price: free,
    title: titles(['Opendeurdag', 'Open Monumentendag', 'Erfgoeddag: {t}', 'Open repetitie'], { t: ['achter gesloten deuren', 'zorg en erfgoed', 'verborgen collecties'] }),
    blurb: () => 'Gratis binnenkijken, met korte rondleidingen en activiteiten.',
  },
  {
    key: 'route', type: 'route', weight: 1, themes: [T.erfgoed, T.natuur, T.architectuur], genres: ['wandelroute', 'fietsroute'],
    themeFor: byKeyword([['forten', [T.erfgoed, T.geschiedenis]], ['polders', [T.natuur, T.landbouw]], ['Schoon', [T.natuur]], ['Schijn', [T.natuur]], ['kunst in de wijk', [T.meerdereKunst]], ['Conscience', [T.literatuur, T.erfgoed]]]),
    venues: ['lillo-fort', 'fort-8', 'nachtegalenpark', 'rivierenhof', 'kasteel-veltwijck', 'park-spoor-noord', 'het-steen'], calendar: 'exhibition', season: 'all-year', price: free,
    title: titles(['Wandelroute: {r}', 'Fietsroute: {r}'], { r: ['langs de forten', 'door de Scheldepolders', 'het groene Schoon', 'langs de Schijn', 'kunst in de wijk', 'het Antwerpen van Conscience'] }),
    blurb: () => 'Een uitgestippelde route om op eigen tempo te ontdekken, met een gratis kaart.',
  },
  {
    key: 'camp', type: 'camp', weight: 1, themes: [T.creativiteit, T.techniek, T.themakamp, T.taal, T.outdoor, T.omnisport, T.natuur], genres: ['kamp', 'familie'],
    themeFor: byKeyword([['kunstenaars', [T.creativiteit]], ['onderzoekers', [T.wetenschap]], ['robots', [T.techniek]], ['toneel', [T.theater]], ['natuur', [T.natuur]], ['sport', [T.omnisport]], ['strip', [T.strips]], ['museum', [T.kunsteducatie]]]),
    venues: [...CC, ...BIBS, 'mas', 'kmska', 'fort-8', 'desingel'], audience: 'children', ages: [6, 12], calendar: 'camp', season: 'holidays',
    price: price(60, 160, 0, 0.5), tags: ['vakantie'],
    title: titles(['Vakantiekamp: {k}', 'Kamp: {k}'], { k: ['kunstenaars in de dop', 'jonge onderzoekers', 'robots en code', 'toneel en dans', 'natuurspeurders', 'sport en spel', 'stripverhalen maken', 'museumdetectives'] }),
    blurb: () => 'Een week vol creatief en speels aanbod tijdens de schoolvakantie, met opvang voor en na.',
  },
  {
    key: 'food', type: 'food', weight: 1, themes: [T.voeding], genres: ['eten en drinken'], venues: [...OUTDOOR, ...CC], calendar: 'weekend-day', season: 'summer',
    price: price(5, 30, 0.4, 0),
    title: titles(['{f}'], { f: ['Foodtruckfestival', 'Proeverij: Belgische bieren', 'Eetfestijn van de wijk', 'Wereldkeuken op het plein', 'Wijnproefavond'] }),
    blurb: () => 'Proeven, eten en drinken met de buurt.',
  },
  {
    key: 'festivity', type: 'festivity', weight: 1, themes: [], extraThemes: [T.samenleving], genres: ['feest'], venues: [...OUTDOOR, ...CC], calendar: 'weekend-day', season: 'all-year',
    price: free,
    title: titles(['{f}'], { f: ['Buurtfeest', 'Sinterklaasfeest', 'Halloweentocht', 'Lichtfeest', 'Nieuwjaarsdrink in het district', 'Zomerbal'] }),
    blurb: () => 'Een feest voor jong en oud, gratis en in open lucht of in de zaal.',
  },
  {
    key: 'sport', type: 'sport', weight: 1, themes: [T.atletiek, T.fitness, T.omnisport, T.balsport], genres: ['sport'], venues: OUTDOOR, calendar: 'open-sessions', season: 'summer',
    themeFor: byKeyword([['Yoga', [T.fitness]], ['Run', [T.atletiek]], ['Petanque', [T.volkssport]], ['Bootcamp', [T.fitness]], ['voetbal', [T.balsport]], ['Tai chi', [T.fitness, T.wellness]]]),
    price: price(0, 5, 0.7, 0),
    title: titles(['{s}'], { s: ['Yoga in het park', 'Start to Run', 'Petanque voor iedereen', 'Bootcamp in het park', 'Wandelvoetbal', 'Tai chi in open lucht'] }),
    blurb: () => 'Samen bewegen in open lucht, voor alle niveaus.',
  },
  {
    key: 'fair', type: 'fair', weight: 1, themes: [T.literatuur, T.strips, T.antiek, T.wetenschap, T.wellness], genres: ['beurs'],
    themeFor: byKeyword([['boekenbeurs', [T.literatuur]], ['Stripbeurs', [T.strips]], ['Antiek', [T.antiek]], ['Platen', [T.popRock, T.antiek]], ['Gezondheid', [T.wellness]], ['Wetenschap', [T.wetenschap]], ['Vintage', [T.mode, T.antiek]], ['Modelbouw', [T.techniek]], ['Postzegel', [T.antiek, T.erfgoed]], ['planten', [T.natuur]]]),
    venues: ['antwerp-expo', 'antwerp-expo', 'cc-merksem', 'cc-berchem', 'cc-deurne', 'de-kern'], calendar: 'festival', season: 'autumn', price: price(5, 15, 0.2, 0.3),
    title: (r, venue) => (venue === 'antwerp-expo' ? r.pick(['Stripbeurs', 'Antiek- en verzamelbeurs', 'Gezondheidsbeurs', 'Vintagebeurs', 'Modelbouwbeurs']) : r.pick(['Tweedehandsboekenbeurs', 'Platen- en cd-beurs', 'Wetenschapsbeurs voor jongeren', 'Postzegel- en muntenbeurs', 'Ruilbeurs planten en zaden', 'Kinderboekenbeurs'])),
    blurb: () => 'Een beurs met standen, lezingen en signeersessies.',
  },
];

/** Ids of the festival names, to keep themes consistent with the title. */
export function festivalThemes(title: string): string[] | undefined {
  if (title === 'Jazz Middelheim') return [T.jazz];
  if (title === 'Zomer van Antwerpen') return [T.meerdereKunst, T.circus];
  return FESTIVALS.find(([name]) => title.startsWith(name))?.[1];
}
