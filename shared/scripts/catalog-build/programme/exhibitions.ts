import { price, titles, type ProgrammeLine } from './programme-line.ts';
import { T } from './themes.ts';

const CC = ['cc-berchem', 'cc-deurne', 'cc-merksem', 'cc-hoboken', 'de-kern', 'cc-ekeren', 'cc-borgerhout'];
const MUSEUM = 'exhibition' as const;

/** The permanent collections: one permanent item per museum or monument. */
export const PERMANENT_COLLECTIONS: readonly { venue: string; title: string; themes: string[]; blurb: string }[] = [
  { venue: 'mas', title: 'MAS: de vaste opstelling over stad, haven en wereld', themes: [T.erfgoed, T.geschiedenis], blurb: 'Vijf verdiepingen over Antwerpen als wereldhaven, met een gratis panorama op het dak.' },
  { venue: 'museum-plantin-moretus', title: 'Museum Plantin-Moretus: het drukkershuis', themes: [T.erfgoed, T.grafiek], blurb: 'De oudste drukpersen ter wereld in het huis en atelier van de familie Plantin-Moretus, UNESCO-werelderfgoed.' },
  { venue: 'rubenshuis', title: 'Rubenshuis: woonhuis en atelier van Rubens', themes: [T.schilderkunst, T.erfgoed], blurb: 'Het huis waar Peter Paul Rubens woonde en werkte, met schilderijen van de meester en zijn tijdgenoten.' },
  { venue: 'kmska', title: 'KMSKA: de collectie van zeven eeuwen kunst', themes: [T.schilderkunst, T.beeldhouwkunst], blurb: 'Van Vlaamse primitieven over Rubens tot Ensor en Magritte, in een gerenoveerd museum.' },
  { venue: 'm-hka', title: 'M HKA: collectie hedendaagse kunst', themes: [T.meerdereKunst, T.installatie], blurb: 'De collectie hedendaagse kunst van de Vlaamse Gemeenschap, in wisselende opstellingen.' },
  { venue: 'fomu', title: 'FOMU: collectie en fotografische toestellen', themes: [T.fotografie], blurb: 'Camera\'s, foto\'s en de geschiedenis van het medium.' },
  { venue: 'red-star-line-museum', title: 'Red Star Line Museum: mensen op de vlucht, op zoek naar een beter leven', themes: [T.geschiedenis, T.samenleving], blurb: 'Het verhaal van twee miljoen landverhuizers die tussen 1873 en 1934 vanuit Antwerpen naar Amerika vertrokken.' },
  { venue: 'diva', title: 'DIVA: een huis vol verhalen over diamant en zilver', themes: [T.decoratief, T.erfgoed], blurb: 'Diamant, juwelen en zilver, verteld door een butler in een museum vol verhalen.' },
  { venue: 'middelheimmuseum', title: 'Middelheimmuseum: beelden in het park', themes: [T.beeldhouwkunst], blurb: 'Meer dan tweehonderd beelden in een park van dertig hectare, gratis toegankelijk.' },
  { venue: 'museum-mayer-van-den-bergh', title: 'Museum Mayer van den Bergh: de verzameling van een liefhebber', themes: [T.schilderkunst, T.erfgoed], blurb: 'Met de Dulle Griet van Pieter Bruegel de Oude.' },
  { venue: 'letterenhuis', title: 'Letterenhuis: de Vlaamse literatuur in documenten', themes: [T.literatuur, T.erfgoed], blurb: 'Handschriften, brieven en foto\'s van schrijvers uit Vlaanderen.' },
  { venue: 'museum-vleeshuis', title: 'Museum Vleeshuis: klank van de stad', themes: [T.klassiek, T.erfgoed], blurb: 'Vijfhonderd jaar muziek in Antwerpen, met klavecimbels van de familie Ruckers.' },
  { venue: 'snijders-rockoxhuis', title: 'Snijders&Rockoxhuis: twee huizen, één verhaal', themes: [T.schilderkunst, T.geschiedenis], blurb: 'Het leven in de zeventiende eeuw bij burgemeester Rockox en schilder Frans Snijders.' },
  { venue: 'museum-maagdenhuis', title: 'Museum Maagdenhuis: kunst en zorg', themes: [T.erfgoed, T.zorg], blurb: 'Kunst uit het vroegere weeshuis voor meisjes, met schilderijen van Jordaens en Van Dyck.' },
  { venue: 'het-steen', title: 'Het Steen: bezoekerscentrum en havenbeleving', themes: [T.geschiedenis, T.erfgoed], blurb: 'De oudste burcht van de stad, nu vertrekpunt om Antwerpen te ontdekken.' },
  { venue: 'kathedraal', title: 'Onze-Lieve-Vrouwekathedraal: Rubens in de kathedraal', themes: [T.erfgoed, T.zingeving, T.schilderkunst], blurb: 'De grootste gotische kerk van de Nederlanden, met vier meesterwerken van Rubens.' },
  { venue: 'sint-pauluskerk', title: 'Sint-Pauluskerk en de Calvarieberg', themes: [T.erfgoed, T.zingeving], blurb: 'Een barokke kerk met werk van Rubens, Van Dyck en Jordaens.' },
  { venue: 'lillo-fort', title: 'Polder- en Zeemuseum Lillo', themes: [T.erfgoed, T.geschiedenis], blurb: 'Het leven in de polder en op de Schelde in het vestingdorpje Lillo.' },
  { venue: 'felixarchief', title: 'FelixArchief: leeszaal en archief van de stad', themes: [T.geschiedenis, T.erfgoed], blurb: 'Acht eeuwen stadsgeschiedenis in een oud pakhuis aan de dokken.' },
  { venue: 'momu', title: 'MoMu: collectie mode en textiel', themes: [T.mode, T.design], blurb: 'Antwerpse mode van de Zes tot vandaag, en eeuwen textiel.' },
];

export const EXHIBITION_LINES: ProgrammeLine[] = [
  {
    key: 'expo-painting', type: MUSEUM, weight: 14, themes: [T.schilderkunst], extraThemes: [T.geschiedenis], genres: ['beeldende kunst'],
    venues: ['kmska', 'kmska', 'rubenshuis', 'snijders-rockoxhuis', 'museum-mayer-van-den-bergh', 'museum-maagdenhuis'], calendar: 'exhibition', season: 'all-year',
    price: price(10, 20, 0, 0.7),
    title: titles(['{p}: {s}', '{p}. {s}'], { p: ['Rubens', 'Jordaens', 'Van Dyck', 'Bruegel', 'Ensor', 'Quinten Metsys', 'Rik Wouters', 'Jan Cox', 'Frans Snijders', 'Michaëlina Wautier'], s: ['het portret', 'in detail', 'meester van het licht', 'in zijn atelier', 'van schets tot schilderij', 'en zijn tijd', 'de stad als decor', 'een leven in kleur'] }),
    blurb: (r) => r.pick(['Een tentoonstelling met bruiklenen uit binnen- en buitenland.', 'Schilderijen, tekeningen en archiefstukken voor het eerst samen.', 'Een frisse blik op een meester uit de Antwerpse kunstgeschiedenis.']),
  },
  {
    key: 'expo-photo', type: MUSEUM, weight: 10, themes: [T.fotografie], extraThemes: [T.samenleving], genres: ['fotografie'],
    venues: ['fomu', 'fomu', 'fomu', 'mas', 'permeke', ...CC], calendar: 'exhibition', season: 'all-year', price: price(8, 14, 0.25, 0.6),
    title: titles(['{t}', '{t}. Foto\'s van {p}'], { t: ['Straatfotografie in Antwerpen 1950-1980', 'De haven in beeld', 'Portretten van de wijk', 'Thuis in Linkeroever', 'Zwart-wit', 'Het gezin', 'Nacht in de stad', 'Werk', 'Verloren landschappen', 'Mijn straat'], p: ['Filip Tas', 'jonge fotografen', 'buurtbewoners', 'Antwerpse fotoclubs', 'een fotocollectief'] }),
    blurb: () => 'Foto\'s die de stad en haar bewoners in een ander licht zetten.',
  },
  {
    key: 'expo-contemporary', type: MUSEUM, weight: 10, themes: [T.meerdereKunst, T.installatie, T.audiovisueel], genres: ['hedendaagse kunst'],
    venues: ['m-hka', 'm-hka', 'het-bos', 'desingel', 'zuiderpershuis', ...CC], calendar: 'exhibition', season: 'all-year', price: price(6, 14, 0.35, 0.6),
    title: titles(['{t}', 'Groepstentoonstelling: {t}'], { t: ['Alles stroomt', 'Tegenlicht', 'De verbeelding aan de macht', 'Materie en geheugen', 'Open atelier', 'Toekomstmuziek', 'Binnen/buiten', 'Kwetsbaar', 'Het ongeziene'] }),
    blurb: () => 'Hedendaagse kunst die vragen stelt: installaties, video en werk op papier.',
  },
  {
    key: 'expo-sculpture', type: MUSEUM, weight: 4, themes: [T.beeldhouwkunst], genres: ['beeldhouwkunst'],
    venues: ['middelheimmuseum'], calendar: 'exhibition', season: 'all-year', price: price(0, 0, 1, 0),
    title: titles(['Middelheim: {t}', '{t}'], { t: ['Beelden in beweging', 'Het paviljoen', 'Brons en steen', 'Natuur als sokkel', 'Zomerbeelden'] }),
    blurb: () => 'Beeldhouwkunst in het park, gratis te bezoeken.',
  },
  {
    key: 'expo-graphics', type: MUSEUM, weight: 6, themes: [T.grafiek], extraThemes: [T.literatuur, T.erfgoed], genres: ['grafiek', 'boekkunst'],
    venues: ['museum-plantin-moretus', 'museum-plantin-moretus', 'letterenhuis', 'erfgoedbibliotheek'], calendar: 'exhibition', season: 'all-year', price: price(8, 12, 0.2, 0.7),
    title: titles(['{t}'], { t: ['Gedrukt in Antwerpen', 'Letters en lood', 'De wereld in kaart', 'Prenten uit de Gouden Eeuw', 'Het boek als kunstwerk', 'Typografie nu', 'Atlassen van Ortelius', 'Kinderboeken van vroeger'] }),
    blurb: () => 'Boeken, prenten en kaarten uit de rijke drukkersgeschiedenis van de stad.',
  },
  {
    key: 'expo-design', type: MUSEUM, weight: 6, themes: [T.mode, T.design, T.decoratief], genres: ['mode', 'design'],
    venues: ['momu', 'momu', 'diva', 'diva', 'desingel'], calendar: 'exhibition', season: 'all-year', price: price(8, 14, 0, 0.7),
    title: titles(['{t}'], { t: ['Antwerpen en de Zes', 'Diamant, van mijn tot juweel', 'Zilver aan tafel', 'Stof tot nadenken', 'Couture en ambacht', 'Het kleine zwarte jurkje', 'Architectuur van de stad', 'Design uit Vlaanderen'] }),
    blurb: () => 'Ontwerp, ambacht en stijl, van de catwalk tot de werkbank.',
  },
  {
    key: 'expo-history', type: MUSEUM, weight: 14, themes: [T.geschiedenis, T.erfgoed], extraThemes: [T.samenleving], genres: ['geschiedenis'],
    venues: ['mas', 'mas', 'red-star-line-museum', 'felixarchief', 'het-steen', 'museum-vleeshuis', 'erfgoedbibliotheek', 'lillo-fort', ...CC], calendar: 'exhibition', season: 'all-year',
    price: price(5, 12, 0.35, 0.7),
    title: titles(['{t}'], { t: ['Antwerpen 1585: de val van de stad', 'Het Schipperskwartier', 'Landverhuizers', 'De Spaanse Furie', 'Wereldtentoonstelling 1930', 'Antwerpen onder vuur 1944-1945', 'Dokwerkers', 'Van Boerentoren tot MAS', 'Honderd jaar Olympische Spelen in Antwerpen', 'De Schelde, levensader van de stad', 'Migratie en de haven'] }),
    blurb: (r) => r.pick(['Archiefstukken, foto\'s en getuigenissen brengen een stuk stadsgeschiedenis tot leven.', 'Een tentoonstelling over hoe de stad werd wat ze is.']),
  },
  {
    key: 'expo-literature', type: MUSEUM, weight: 4, themes: [T.literatuur], extraThemes: [T.poezie], genres: ['literatuur'],
    venues: ['letterenhuis', 'letterenhuis', 'erfgoedbibliotheek', 'permeke'], calendar: 'exhibition', season: 'all-year', price: price(0, 0, 1, 0),
    title: titles(['{t}'], { t: ['Paul van Ostaijen: Bezette stad', 'Hendrik Conscience en de leeuw', 'Schrijvers in de stad', 'Brieven aan een uitgever', 'Poëzie op de muur', 'Willem Elsschot: kaas en lijmen'] }),
    blurb: () => 'Handschriften, brieven en eerste drukken uit de Vlaamse literatuur.',
  },
  {
    key: 'expo-science', type: MUSEUM, weight: 4, themes: [T.wetenschap, T.natuur], genres: ['wetenschap'],
    venues: ['mas', 'permeke', ...CC], calendar: 'exhibition', season: 'all-year', price: price(0, 8, 0.6, 0.5),
    title: titles(['{t}'], { t: ['Klimaat aan de Schelde', 'Water in de stad', 'Hoe werkt een haven?', 'De stad van morgen', 'Bijen in de stad'] }),
    blurb: () => 'Een tentoonstelling om zelf te ontdekken, voor jong en oud.',
  },
  {
    key: 'expo-kids', type: MUSEUM, weight: 4, themes: [T.kunsteducatie], genres: ['familie'], audience: 'children', ages: [4, 12],
    venues: ['mas', 'kmska', 'museum-plantin-moretus', 'red-star-line-museum', 'fomu'], calendar: 'exhibition', season: 'all-year', price: price(0, 6, 0.5, 0),
    title: titles(['Familieparcours: {t}', 'Speurtocht: {t}'], { t: ['op zoek naar de verdwenen letter', 'dieren in het museum', 'de reis van de koffer', 'kijk eens goed', 'de geheime kamer'] }),
    blurb: () => 'Een parcours door het museum voor kinderen en hun (groot)ouders.',
  },
];
