import { createRandom } from '../random.ts';
import { personNames } from './names.ts';
import {
  byKeyword,
  fill,
  price,
  swapSeasonal,
  titles,
  type ProgrammeLine,
  type TypeKey,
} from './programme-line.ts';
import { T } from './themes.ts';

const people = personNames(createRandom('learning-people'), 80);
const CC = [
  'cc-berchem',
  'cc-deurne',
  'cc-merksem',
  'cc-hoboken',
  'de-kern',
  'cc-ekeren',
  'cc-luchtbal',
  'cc-borgerhout',
];
const BIBS = [
  'permeke',
  'permeke',
  'bib-berchem',
  'bib-couwelaar',
  'bib-hoboken',
  'bib-merksem',
  'bib-wilrijk',
  'bib-ekeren',
  'bib-borgerhout',
  'bib-linkeroever',
  'bib-berendrecht',
];

const FORMAT =
  /^(Leesclub|Literair café|Open podium|Dichters in de bib|Filosofisch café|Debat|Over |Stamboom)/;

interface LectureSpec {
  key: string;
  theme: string;
  weight: number;
  venues: readonly string[];
  topics: readonly string[];
  free?: number;
}

const LECTURES: LectureSpec[] = [
  {
    key: 'history',
    theme: T.geschiedenis,
    weight: 12,
    venues: ['felixarchief', 'mas', 'red-star-line-museum', 'erfgoedbibliotheek', ...BIBS, ...CC],
    topics: [
      'De val van Antwerpen in 1585',
      'Antwerpen en de Spaanse Furie',
      'De Boerenkrijg',
      'Antwerpen in de Eerste Wereldoorlog',
      'De V-bommen op Antwerpen',
      'Het Antwerpen van Rubens',
      'De Gouden Eeuw van Antwerpen',
      'De geschiedenis van de Joodse gemeenschap in Antwerpen',
      'De Olympische Spelen van 1920',
      'Het ontstaan van de Belgische staat',
      'Het Congo-verleden van de haven',
      'De Koude Oorlog',
    ],
  },
  {
    key: 'heritage',
    theme: T.erfgoed,
    weight: 6,
    venues: ['erfgoedbibliotheek', 'museum-plantin-moretus', 'felixarchief', 'kathedraal', ...CC],
    topics: [
      'Zurenborg en de art nouveau',
      'De Antwerpse gildehuizen',
      'Restauratie van de kathedraaltoren',
      'Plantin en de boekdrukkunst',
      'Verdwenen kerken van Antwerpen',
      'Stamboomonderzoek voor beginners',
    ],
  },
  {
    key: 'literature',
    theme: T.literatuur,
    weight: 14,
    venues: ['letterenhuis', ...BIBS, ...BIBS, 'arenberg', ...CC],
    topics: [
      'Schrijversavond met {person}',
      'Boekvoorstelling: het nieuwe boek van {person}',
      'Leesclub: de klassiekers',
      'Literair café',
      'Over Hendrik Conscience',
      'Willem Elsschot herlezen',
      'Het Antwerpen van Paul van Ostaijen',
      'Vertalen: een ambacht',
      'In gesprek met {person} over het schrijven',
    ],
  },
  {
    key: 'poetry',
    theme: T.poezie,
    weight: 5,
    venues: ['letterenhuis', ...BIBS, 'het-bos', ...CC],
    topics: [
      'Poëzieavond met {person}',
      'Open podium poëzie',
      'Stadsdichter {person} leest voor',
      'Dichters in de bib',
    ],
  },
  {
    key: 'science',
    theme: T.wetenschap,
    weight: 10,
    venues: ['permeke', 'mas', ...CC, ...BIBS],
    topics: [
      'Hoe werkt ons brein?',
      'Zwarte gaten voor iedereen',
      'Het mysterie van de slaap',
      'Wat weten we over dieren en taal?',
      'De wetenschap van geluk',
      'Vaccins uitgelegd',
      'Het heelal in een uur',
    ],
  },
  {
    key: 'tech',
    theme: T.techniek,
    weight: 7,
    venues: [...BIBS, ...CC],
    topics: [
      'Kunstmatige intelligentie: kansen en gevaren',
      'Veilig online',
      'Wat is ChatGPT en hoe werkt het?',
      'Je privacy op het internet',
      'Digitale nalatenschap',
    ],
  },
  {
    key: 'parenting',
    theme: T.opvoeding,
    weight: 5,
    venues: [...BIBS, ...CC],
    topics: [
      'Opvoeden in een digitale wereld',
      'Meertalig opvoeden',
      'Pubers begrijpen',
      "Voorlezen aan baby's en peuters",
    ],
  },
  {
    key: 'health',
    theme: T.zorg,
    weight: 5,
    venues: [...BIBS, ...CC],
    topics: [
      'Gezond ouder worden',
      'Mantelzorg: zorg ook voor jezelf',
      'Omgaan met stress',
      'Dementie: wat nu?',
    ],
  },
  {
    key: 'society',
    theme: T.samenleving,
    weight: 10,
    venues: ['permeke', 'zuiderpershuis', 'de-roma', 'het-bos', ...CC, ...BIBS],
    topics: [
      'Debat: wonen in de stad van morgen',
      'Superdiversiteit in Antwerpen',
      'Armoede in een rijke stad',
      'De toekomst van de haven',
      'Debat: hoe mobiel is Antwerpen?',
      'Vrijwilligers maken de stad',
    ],
  },
  {
    key: 'art',
    theme: T.kunsteducatie,
    weight: 8,
    venues: ['kmska', 'm-hka', 'rubenshuis', 'fomu', 'desingel', ...CC],
    topics: [
      'Kijken naar kunst: Rubens',
      'Ensor en de moderne kunst',
      'Hoe lees je een schilderij?',
      'Hedendaagse kunst uitgelegd',
      'De geschiedenis van de fotografie',
      'Architectuur van de twintigste eeuw',
    ],
  },
  {
    key: 'creativity',
    theme: T.creativiteit,
    weight: 3,
    venues: [...BIBS, ...CC],
    topics: ['Creatief denken in het dagelijks leven', 'Over inspiratie', 'Van idee tot ontwerp'],
  },
  {
    key: 'philosophy',
    theme: T.zingeving,
    weight: 7,
    venues: ['permeke', 'kathedraal', 'sint-pauluskerk', ...CC, ...BIBS],
    topics: [
      'Spinoza en de vrijheid',
      'Stoïcisme voor vandaag',
      'Wat is een goed leven?',
      'Religie in de stad',
      'Filosofisch café: over tijd',
      'Erasmus en de tolerantie',
      'Hannah Arendt over denken',
    ],
  },
  {
    key: 'relations',
    theme: T.relaties,
    weight: 4,
    venues: [...BIBS, ...CC],
    topics: ['Communiceren zonder ruzie', 'Eenzaamheid doorbreken', 'Rouw en verlies'],
  },
  {
    key: 'nature',
    theme: T.natuur,
    weight: 6,
    venues: [...BIBS, ...CC, 'middelheimmuseum'],
    topics: [
      'Vogels in de stad',
      'Klimaatadaptatie in Antwerpen',
      'Een tuin voor bijen en vlinders',
      'De natuur van de Scheldepolders',
      'Zero waste in huis',
    ],
  },
];

const lectureLines: ProgrammeLine[] = LECTURES.map((s) => ({
  key: `lecture-${s.key}`,
  type: 'lecture',
  weight: s.weight,
  themes: [s.theme],
  genres: ['lezing'],
  venues: s.venues,
  calendar: 'lecture',
  season: 'indoor',
  price: price(4, 12, s.free ?? 0.35, 0.3),
  title: (r) => {
    const topic = r.pick(s.topics);
    // Formats ("Leesclub", "Schrijversavond met ...") are titles on their own.
    if (topic.includes('{person}') || FORMAT.test(topic)) return fill(r, topic, { person: people });
    return fill(r, r.pick(['Lezing: {topic}', '{person} over {topic}', '{topic}']), {
      topic: [topic],
      person: people,
    });
  },
  blurb: (r) =>
    r.pick([
      'Een toegankelijke lezing met tijd voor vragen uit het publiek.',
      'Een specialist deelt inzichten en verhalen, gevolgd door een gesprek.',
      'Een avond om bij te leren en na te praten met een drankje.',
    ]),
}));

const STORY_TOPICS = [
  'dieren',
  'de herfst',
  'Sinterklaas',
  'de winter',
  'het bos',
  'de zee',
  'vriendjes',
  'monsters',
];
const storytime: ProgrammeLine = {
  key: 'lecture-storytime',
  type: 'lecture',
  weight: 12,
  themes: [T.literatuur],
  genres: ['voorlezen', 'familie'],
  venues: BIBS,
  audience: 'children',
  ages: [2, 8],
  calendar: 'family',
  season: 'all-year',
  price: price(0, 0, 1, 0),
  schemaType: 'ChildrensEvent',
  tags: ['familie', 'gratis'],
  title: titles(
    [
      'Voorleesuurtje: {t}',
      'Voorlezen voor peuters',
      'Verhalen in de bib: {t}',
      'Tweetalig voorlezen: {t}',
    ],
    { t: STORY_TOPICS },
  ),
  unseasonal: swapSeasonal(STORY_TOPICS),
  blurb: () =>
    'Een voorlezer neemt kinderen mee in prentenboeken. Gratis, vooraf inschrijven is niet nodig.',
};

interface CourseSpec {
  key: string;
  themes: readonly string[];
  weight: number;
  courses: readonly string[];
  venues?: readonly string[];
  kids?: boolean;
  themeFor?: ProgrammeLine['themeFor'];
}

const COURSES: CourseSpec[] = [
  {
    key: 'painting',
    themes: [T.schilderkunst],
    weight: 8,
    courses: [
      'Aquarel voor beginners',
      'Olieverf: het portret',
      'Schilderen met acryl',
      'Tekenen naar model',
      'Urban sketching',
    ],
  },
  {
    key: 'sculpture',
    themes: [T.beeldhouwkunst],
    weight: 3,
    courses: ['Boetseren in klei', 'Beeldhouwen in steen'],
  },
  {
    key: 'graphics',
    themes: [T.grafiek],
    weight: 3,
    courses: ['Linosnede en houtsnede', 'Etsen voor beginners', 'Zeefdruk'],
    venues: ['museum-plantin-moretus', ...CC],
  },
  {
    key: 'ceramics',
    themes: [T.decoratief],
    weight: 5,
    courses: ['Keramiek: draaien op de schijf', 'Keramiek: handopbouw', 'Mozaïek', 'Glas-in-lood'],
  },
  {
    key: 'photo',
    themes: [T.fotografie],
    weight: 5,
    courses: [
      'Fotografie: leer je camera kennen',
      'Fotograferen met je smartphone',
      'Portretfotografie',
    ],
    venues: ['fomu', ...CC],
  },
  {
    key: 'video',
    themes: [T.audiovisueel],
    weight: 2,
    courses: ['Een kortfilm maken', 'Podcast maken'],
  },
  {
    key: 'writing',
    themes: [T.literatuur],
    weight: 6,
    courses: ['Creatief schrijven', 'Schrijven over je leven', 'Kortverhalen schrijven'],
    venues: [...BIBS, 'letterenhuis', ...CC],
  },
  {
    key: 'poetry',
    themes: [T.poezie],
    weight: 2,
    courses: ['Poëzie schrijven', 'Spoken word'],
    venues: [...BIBS, ...CC],
  },
  {
    key: 'design',
    themes: [T.design, T.mode],
    weight: 4,
    courses: ['Naaien voor beginners', 'Patroontekenen', 'Upcycling van kleding'],
    themeFor: () => [T.mode],
  },
  {
    key: 'digital',
    themes: [T.techniek],
    weight: 8,
    courses: [
      'Digitale basisvaardigheden',
      'Werken met je tablet',
      'Programmeren voor beginners',
      'Je smartphone de baas',
      'Digitaal fotoboek maken',
    ],
    venues: [...BIBS, ...BIBS, ...CC],
  },
  {
    key: 'theatre',
    themes: [T.theater],
    weight: 3,
    courses: ['Toneel voor volwassenen', 'Improvisatietheater', 'Stemtraining'],
  },
  {
    key: 'language',
    themes: [T.taal, T.intercultureel],
    weight: 8,
    courses: [
      'Nederlands oefenen: praatgroep',
      'Spaans voor beginners',
      'Italiaans voor op reis',
      'Arabisch voor beginners',
      'Turks voor beginners',
    ],
    venues: [...BIBS, ...BIBS, ...CC],
  },
  {
    key: 'mindfulness',
    themes: [T.zingeving, T.wellness],
    weight: 4,
    courses: ['Meditatie en mindfulness', 'Filosofie voor beginners'],
    themeFor: byKeyword([
      ['Meditatie', [T.wellness, T.zingeving]],
      ['Filosofie', [T.zingeving]],
    ]),
  },
  { key: 'yoga', themes: [T.fitness], weight: 7, courses: ['Yoga', 'Pilates', 'Tai chi', 'Zumba'] },
  {
    key: 'cooking',
    themes: [T.voeding],
    weight: 5,
    courses: ['Koken uit de Syrische keuken', 'Vegetarisch koken', 'Brood bakken', 'Fermenteren'],
  },
  {
    key: 'music',
    themes: [T.popRock, T.klassiek, T.jazz],
    weight: 7,
    courses: [
      'Gitaar voor beginners',
      'Samen zingen in een koor',
      'Piano voor volwassenen',
      'Ukelele',
      'Djembé',
    ],
    themeFor: byKeyword([
      ['Gitaar', [T.popRock]],
      ['koor', [T.klassiek]],
      ['Piano', [T.klassiek, T.jazz]],
      ['Ukelele', [T.popRock]],
      ['Djembé', [T.folk]],
    ]),
  },
  {
    key: 'dance',
    themes: [T.volksdans, T.salondans, T.moderneDans],
    weight: 6,
    courses: [
      'Salsa voor beginners',
      'Argentijnse tango',
      'Stijldansen',
      'Hedendaagse dans',
      'Lindy hop',
    ],
    themeFor: byKeyword([
      ['Salsa', [T.volksdans]],
      ['tango', [T.salondans]],
      ['Stijldansen', [T.salondans]],
      ['Hedendaagse', [T.moderneDans]],
      ['Lindy', [T.salondans]],
    ]),
  },
  {
    key: 'garden',
    themes: [T.natuur],
    weight: 3,
    courses: ['Moestuinieren in de stad', 'Composteren', 'Natuurgids in opleiding'],
  },
  { key: 'first-aid', themes: [T.zorg], weight: 2, courses: ['EHBO', 'Reanimatie en AED'] },
  {
    key: 'kids-art',
    themes: [T.creativiteit, T.kunsteducatie],
    weight: 8,
    courses: ['Kunstatelier voor kinderen', 'Knutselclub', 'Strips tekenen', 'Kinderkeramiek'],
    kids: true,
    themeFor: byKeyword([
      ['Strips', [T.strips, T.creativiteit]],
      ['keramiek', [T.decoratief]],
    ]),
    venues: [...CC, ...BIBS, 'mas', 'kmska', 'fomu'],
  },
  {
    key: 'kids-circus',
    themes: [T.circus],
    weight: 3,
    courses: ['Circusatelier', 'Jongleren en acrobatie'],
    kids: true,
  },
  {
    key: 'kids-coding',
    themes: [T.techniek],
    weight: 3,
    courses: ['Coderdojo: programmeren voor kids', 'Robots bouwen'],
    kids: true,
    venues: [...BIBS, ...CC],
  },
];

function courseLines(type: TypeKey): ProgrammeLine[] {
  const open = type === 'open-course';
  return COURSES.map((s) => ({
    key: `${type}-${s.key}`,
    type,
    weight: s.weight,
    themes: s.themes,
    genres: [open ? 'open sessie' : 'lessenreeks'],
    venues: s.venues ?? [...CC, ...CC, 'zuiderpershuis'],
    ...(s.kids ? { audience: 'children' as const, ages: [6, 12] as const } : {}),
    ...(s.themeFor ? { themeFor: s.themeFor } : {}),
    calendar: open ? 'open-sessions' : 'series',
    season: 'indoor',
    price: open ? price(5, 12, 0.25, 0.4) : price(45, 180, 0.05, 0.5),
    title: (r) => {
      const c = r.pick(s.courses);
      if (open) return r.pick([`${c}: open sessie`, `${c} (vrije instap)`]);
      const level = /beginners|volwassenen|kinderen|kids/.test(c)
        ? ['']
        : ['', '', ' (beginners)', ' (gevorderden)'];
      return `${r.pick(['', '', 'Lessenreeks: '])}${c}${r.pick(level)}`;
    },
    blurb: (r) =>
      open
        ? 'Kom wanneer het je past: elke sessie staat op zichzelf.'
        : r.pick([
            'Een lessenreeks in kleine groep, met een ervaren lesgever.',
            'Stap voor stap leer je de basis, in een ontspannen sfeer.',
            'Materiaal is inbegrepen. Inschrijven voor de hele reeks.',
          ]),
  }));
}

export const LEARNING_LINES: ProgrammeLine[] = [
  ...lectureLines,
  storytime,
  ...courseLines('course'),
  ...courseLines('open-course'),
];
