import { createRandom } from '../random.ts';
import { personNames } from './names.ts';
import { price, titles, type ProgrammeLine } from './programme-line.ts';
import { T } from './themes.ts';

const people = personNames(createRandom('music-people'), 60);
const CC = ['cc-berchem', 'cc-deurne', 'cc-merksem', 'cc-hoboken', 'de-kern', 'cc-ekeren', 'cc-luchtbal', 'cc-borgerhout'];

const COMPOSER_WORKS = [
  'Beethoven: Symfonie nr. 7', 'Brahms: Symfonie nr. 4', 'Mahler: Symfonie nr. 4', 'Dvořák: Symfonie nr. 9 "Uit de Nieuwe Wereld"',
  'Sjostakovitsj: Symfonie nr. 5', 'Franck: Symfonie in d', 'Tsjaikovski: Pianoconcerto nr. 1', 'Rachmaninov: Pianoconcerto nr. 2',
  'Sibelius: Vioolconcerto', 'Mozart: Requiem', 'Bruckner: Symfonie nr. 7', 'Ravel: Boléro en Daphnis et Chloé',
  'Debussy: La Mer', 'Stravinsky: Le Sacre du printemps', 'Schumann: Celloconcerto', 'Mendelssohn: Italiaanse symfonie',
  'Prokofjev: Romeo en Julia', 'Benoit: Rubenscantate', 'Berlioz: Symphonie fantastique', 'Elgar: Enigmavariaties',
];
const CHAMBER = [
  'Sjostakovitsj', 'Beethoven', 'Schubert', 'Haydn', 'Brahms', 'Janáček', 'Bartók', 'Ravel en Debussy',
  'Mozart', 'Mendelssohn', 'Ysaÿe', 'Lekeu', 'Dvořák', 'Fauré', 'Arvo Pärt', 'Schnittke',
];
const ENSEMBLES = [
  'Strijkkwartet Danel', 'Spiegel Strijkers', 'Het Collectief', 'Trio Arundo', 'Kwartet Scheldezicht',
  'Pianotrio Zuid', 'Hermes Ensemble', 'Kamerensemble Antwerpen', 'Blazerskwintet Meir', 'Duo Verbist-Kaya',
];
const BAROQUE = [
  'Bach: Johannes-Passion', 'Bach: Goldbergvariaties', 'Händel: Messiah', 'Monteverdi: Vespro della Beata Vergine',
  'Vivaldi: De vier jaargetijden', 'Purcell: Dido and Aeneas', 'Lassus: Lagrime di San Pietro', 'Bach: Cantates voor Advent',
  'Pergolesi: Stabat Mater', 'Josquin: Missa Pange lingua', 'Telemann: Tafelmusik', 'Van Eyck: Der Fluyten Lust-hof',
];
const BAROQUE_ENSEMBLES = ['B\'Rock Orchestra', 'Il Gardellino', 'Collegium Scaldis', 'Capella Sancti Jacobi', 'Vox Antwerpia', 'Ensemble Plantin'];
const BAND_A = ['Velvet', 'Noord', 'Paper', 'Glass', 'Night', 'Silver', 'Harbour', 'Neon', 'Wild', 'Blue', 'Echo', 'Concrete', 'Satin', 'Hollow', 'Golden'];
const BAND_B = ['Harbour', 'Lanes', 'Tigers', 'Kids', 'Machines', 'Ghosts', 'Sisters', 'Parade', 'Lights', 'Dogs', 'Engines', 'Society', 'Wolves', 'Waves', 'Club'];
const BANDS = BAND_A.flatMap((a) => BAND_B.filter((b) => b !== a).map((b) => `${a} ${b}`));
const NL_BANDS = ['Scheldezand', 'De Nachtwakers', 'Kaaiman', 'Zuiderlicht', 'Het Zesde Zintuig', 'Grauwzang', 'Dokwerkers', 'De Lange Wapper', 'Ruimtevaart', 'Zoete Inval'];
const TOURS = ['album release', 'clubtour', 'akoestisch', 'jubileumconcert', 'nieuwe plaat', 'afscheidstour', 'voorjaarstour'];
const MCS = ['Zwarte Parel', 'MC Dokter', 'Lil Kiel', 'Noah Ville', 'Yassin B', 'Kid Linkeroever', 'Sensei Sami', 'La Reina', 'Bravo Borgerhout', 'Ibo 2060'];
const WORLD = [
  'fado uit Lissabon', 'Kaapverdische morna', 'Turkse saz en zang', 'Marokkaanse gnawa', 'Congolese rumba', 'Iers-Schotse folk',
  'Vlaamse volksmuziek', 'Balkan brass', 'Braziliaanse choro', 'Andalusische flamenco', 'Koerdische liederen', 'Malinese kora',
];
const JAZZ = [...people.slice(0, 30).map((n) => `${n} Trio`), ...people.slice(30, 45).map((n) => `${n} Quartet`), 'Antwerp Jazz Orchestra', 'Big Band Zuid'];
const SCHLAGER = ['Ambiance in \'t Stad', 'De grootste Vlaamse schlagers', 'Chansons van Brel en Aznavour', 'Een avond vol meezingers', 'Kleinkunst: liedjes uit de Lage Landen', 'Het beste van de jaren 60'];

export const MUSIC_LINES: ProgrammeLine[] = [
  {
    key: 'concert-orchestra', type: 'concert', weight: 12, themes: [T.klassiek], genres: ['klassiek', 'symfonisch'],
    venues: ['koningin-elisabethzaal', 'koningin-elisabethzaal', 'desingel', 'stadsschouwburg'], calendar: 'evening', season: 'indoor',
    price: price(16, 68, 0, 0.6),
    title: titles(['Antwerp Symphony Orchestra: {work}', '{work}', 'Symfonisch Orkest Vlaanderen speelt {work}', '{work} met solist {person}'], { work: COMPOSER_WORKS, person: people }),
    blurb: (r) => r.pick(['Een groot symfonisch programma onder leiding van een gastdirigent.', 'Het orkest brengt een meesterwerk uit het symfonische repertoire.', 'Een avond grote orkestmuziek, met een inleiding een uur voor aanvang.']),
  },
  {
    key: 'concert-chamber', type: 'concert', weight: 10, themes: [T.klassiek], genres: ['klassiek', 'kamermuziek'],
    venues: ['desingel', 'amuz', 'museum-vleeshuis', 'museum-mayer-van-den-bergh', 'rubenshuis', ...CC], calendar: 'evening', season: 'indoor',
    price: price(12, 32, 0.05),
    title: titles(['{ensemble} speelt {composer}', '{ensemble}: {composer} en {composer}', 'Kamermuziek: {composer}'], { ensemble: ENSEMBLES, composer: CHAMBER }),
    blurb: (r) => r.pick(['Kamermuziek van dichtbij, in een intieme zaal.', 'Een programma rond strijkkwartetten en pianotrio\'s.', 'Musici spelen werk uit de kern van het kamermuziekrepertoire.']),
  },
  {
    key: 'concert-early', type: 'concert', weight: 6, themes: [T.klassiek], extraThemes: [T.erfgoed], genres: ['klassiek', 'oude muziek'],
    venues: ['amuz', 'amuz', 'sint-pauluskerk', 'sint-jacobskerk', 'kathedraal', 'museum-vleeshuis'], calendar: 'evening', season: 'indoor',
    price: price(14, 36, 0),
    title: titles(['{ensemble}: {work}', '{work}'], { ensemble: BAROQUE_ENSEMBLES, work: BAROQUE }),
    blurb: (r) => r.pick(['Oude muziek op historische instrumenten.', 'Barokke pracht in een akoestiek die ervoor gemaakt is.', 'Polyfonie en barok, gezongen en gespeeld door specialisten.']),
  },
  {
    key: 'concert-organ', type: 'concert', weight: 3, themes: [T.klassiek], genres: ['klassiek', 'orgel'],
    venues: ['kathedraal', 'sint-pauluskerk', 'sint-jacobskerk'], calendar: 'matinee', season: 'all-year', price: price(6, 12, 0.5, 0.3),
    title: titles(['Orgelconcert: {person} speelt {composer}', 'Zondagmiddag orgel: {composer}'], { person: people, composer: ['Bach', 'Franck', 'Buxtehude', 'Messiaen', 'Widor', 'Sweelinck', 'Peeters'] }),
    blurb: () => 'Een uur orgelmuziek op een van de historische orgels van de stad.',
  },
  {
    key: 'concert-jazz', type: 'concert', weight: 10, themes: [T.jazz], genres: ['jazz'],
    venues: ['desingel', 'de-roma', 'hof-ter-lo', 'het-bos', 'trix', 'arenberg', 'amuz', ...CC], calendar: 'evening', season: 'indoor',
    price: price(10, 28, 0.08),
    title: titles(['{band}', '{band} – {tour}', 'Jazz op zondag: {band}', '{band} + {band}'], { band: JAZZ, tour: TOURS }),
    blurb: (r) => r.pick(['Hedendaagse jazz van eigen bodem, met ruimte voor improvisatie.', 'Swing, bebop en eigen composities in een clubsetting.', 'Een avond Belgische jazz, met een jamsessie na afloop.']),
  },
  {
    key: 'concert-blues', type: 'concert', weight: 2, themes: [T.jazz], genres: ['blues'],
    venues: ['hof-ter-lo', 'het-bos', ...CC], calendar: 'evening', season: 'indoor', price: price(10, 22, 0.1),
    title: titles(['{person} & The {band}', 'Bluesavond: {person}'], { person: people, band: BAND_B }),
    blurb: () => 'Elektrische blues en rhythm-and-blues, zoals in de kroegen van Chicago.',
  },
  {
    key: 'concert-pop', type: 'concert', weight: 18, themes: [T.popRock], genres: ['pop', 'rock'],
    venues: ['trix', 'trix', 'de-roma', 'de-roma', 'lotto-arena', 'sportpaleis', 'hof-ter-lo', 'het-bos', ...CC], calendar: 'evening', season: 'indoor',
    price: price(14, 55, 0.03, 0.1), tags: ['live'],
    title: titles(['{band}', '{band} + support: {band}', '{band} – {tour}', '{nl}', '{nl} – {tour}'], { band: BANDS, nl: NL_BANDS, tour: TOURS }),
    blurb: (r) => r.pick(['Gitaren, een strakke ritmesectie en nieuwe songs.', 'Een band die live nog beter klinkt dan op plaat.', 'Indiepop en rock van een groep die volop aan de weg timmert.', 'Nederlandstalige popliedjes met een scherpe pen.']),
  },
  {
    key: 'concert-hiphop', type: 'concert', weight: 6, themes: [T.hiphop], genres: ['hiphop', 'rnb'],
    venues: ['trix', 'de-roma', 'lotto-arena', 'hof-ter-lo', 'cc-luchtbal', 'cc-borgerhout'], calendar: 'evening', season: 'indoor',
    price: price(12, 40, 0.05, 0.1),
    title: titles(['{mc}', '{mc} + {mc}', '{mc} – {tour}'], { mc: MCS, tour: TOURS }),
    blurb: (r) => r.pick(['Rap in het Antwerps, Nederlands en Engels, met een livebandje.', 'Hiphop en r&b van een nieuwe generatie uit de stad.']),
  },
  {
    key: 'concert-electronic', type: 'concert', weight: 3, themes: [T.danceMuziek], genres: ['elektronisch'],
    venues: ['trix', 'de-roma', 'het-bos', 'sportpaleis'], calendar: 'evening', season: 'indoor', price: price(12, 45, 0.05, 0),
    title: titles(['{band} (live)', '{band} – audiovisuele show'], { band: BANDS }),
    blurb: () => 'Elektronische muziek live gespeeld, met een lichtshow op maat.',
  },
  {
    key: 'concert-world', type: 'concert', weight: 7, themes: [T.folk], extraThemes: [T.intercultureel], genres: ['wereldmuziek', 'folk'],
    venues: ['zuiderpershuis', 'zuiderpershuis', 'de-roma', 'amuz', 'cc-borgerhout', 'cc-berchem', 'cc-hoboken'], calendar: 'evening', season: 'indoor',
    price: price(10, 26, 0.1),
    title: titles(['{person}: {world}', 'Avond van de {world}', '{person} & band – {world}'], { person: people, world: WORLD }),
    blurb: (r) => r.pick(['Muziek uit een andere windstreek, gespeeld door muzikanten die in Antwerpen wonen.', 'Traditie en vernieuwing ontmoeten elkaar op het podium.']),
  },
  {
    key: 'concert-schlager', type: 'concert', weight: 6, themes: [T.amusement], genres: ['kleinkunst', 'schlager'],
    venues: [...CC, ...CC, 'stadsschouwburg', 'koningin-elisabethzaal', 'sportpaleis'], calendar: 'matinee', season: 'indoor',
    price: price(12, 38, 0, 0.4),
    title: titles(['{show}', '{person} – {show}'], { show: SCHLAGER, person: people }),
    blurb: () => 'Herkenbare liedjes om mee te zingen, met een vleugje nostalgie.',
  },
  {
    key: 'concert-family', type: 'concert', weight: 5, themes: [T.klassiek, T.popRock], genres: ['familie'],
    venues: ['desingel', 'koningin-elisabethzaal', 'amuz', ...CC, 'permeke'], audience: 'children', ages: [3, 10], calendar: 'family', season: 'indoor',
    price: price(6, 12, 0.2), tags: ['familie'],
    title: titles(['Familieconcert: {t}', 'Peuterconcert: {t}', 'Kinderconcert: {t}'], { t: ['De Notenkraker voor kinderen', 'Peter en de wolf', 'Het carnaval der dieren', 'Muziek uit de bergen', 'Oorwurmen en toeters', 'Klankbad voor de allerkleinsten', 'Trommels op reis'] }),
    blurb: () => 'Een concert op maat van kinderen, met verhaal, beweging en meezingen.',
  },
  {
    key: 'concert-school', type: 'concert', weight: 2, themes: [T.klassiek], genres: ['schoolvoorstelling'],
    venues: ['desingel', 'koningin-elisabethzaal', ...CC], audience: 'education', ages: [6, 14], calendar: 'school', season: 'indoor',
    price: price(5, 8, 0, 0),
    title: titles(['Schoolconcert: {t}'], { t: ['Het orkest van dichtbij', 'Muziek en verhaal', 'Ritme in de klas', 'Wie is bang voor de tuba?'] }),
    blurb: () => 'Een schoolvoorstelling voor lagere scholen, met lesmateriaal vooraf.',
  },
];
