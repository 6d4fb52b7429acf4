import type { District } from '../../src/catalog/district.ts';
import type { GeoPoint } from '../../src/catalog/geo.ts';
import { T } from './programme/themes.ts';

/** Demo inhabitants; each is matched to the goodbooks-sample reader whose ratings fit `genres` best. */
export interface PersonaSeed {
  slug: string;
  name: string;
  district: District;
  neighbourhood?: string;
  /** Where the person lives, roughly (a neighbourhood centre, never an address). */
  home: GeoPoint;
  taste: { nl: string; en: string };
  genres: readonly string[];
  statedInterests: readonly string[];
  /** Takes children along to family activities. */
  withChildren?: boolean;
}

export const PERSONA_SEEDS: readonly PersonaSeed[] = [
  {
    slug: 'lotte',
    name: 'Lotte Janssens',
    district: 'Berchem',
    home: { latitude: 51.199, longitude: 4.426 },
    taste: {
      nl: 'Verslindt fantasy en young adult: draken, magie en lange reeksen.',
      en: 'Devours fantasy and young adult: dragons, magic and long series.',
    },
    genres: [
      'fantasy',
      'young_adult',
      'epic_fantasy',
      'high_fantasy',
      'magic',
      'young_adult_fantasy',
    ],
    statedInterests: [T.fictie, T.filmActie, T.circus],
  },
  {
    slug: 'dirk',
    name: 'Dirk Peeters',
    district: 'Deurne',
    home: { latitude: 51.217, longitude: 4.466 },
    taste: {
      nl: 'Leest thrillers en detectives, het liefst met een onverwachte plot.',
      en: 'Reads thrillers and detective novels, preferably with a twist.',
    },
    genres: ['mystery', 'thriller', 'crime', 'suspense', 'mystery_thriller'],
    statedInterests: [T.filmThriller, T.fictie, T.humor],
  },
  {
    slug: 'marieke',
    name: 'Marieke Claes',
    district: 'Antwerpen',
    neighbourhood: 'Zuid',
    home: { latitude: 51.206, longitude: 4.393 },
    taste: {
      nl: 'Houdt van klassiekers, poëzie en toneelteksten.',
      en: 'Loves classics, poetry and plays.',
    },
    genres: ['classics', 'literature', 'poetry', 'plays', 'literary_fiction', 'drama'],
    statedInterests: [T.literatuur, T.poezie, T.theater, T.klassiek],
  },
  {
    slug: 'jan',
    name: 'Jan Van den Broeck',
    district: 'Ekeren',
    home: { latitude: 51.28, longitude: 4.42 },
    taste: {
      nl: 'Geschiedenis is zijn passie: oorlogen, biografieën en historische romans.',
      en: 'History is his passion: wars, biographies and historical novels.',
    },
    genres: ['history', 'historical', 'war', 'biography', 'historical_fiction'],
    statedInterests: [T.geschiedenis, T.erfgoed, T.filmHistorisch],
  },
  {
    slug: 'sofie',
    name: 'Sofie Mertens',
    district: 'Wilrijk',
    home: { latitude: 51.169, longitude: 4.394 },
    taste: {
      nl: 'Nieuwsgierig naar wetenschap, psychologie en filosofie.',
      en: 'Curious about science, psychology and philosophy.',
    },
    genres: ['science', 'philosophy', 'psychology', 'non_fiction'],
    statedInterests: [T.wetenschap, T.zingeving, T.samenleving],
  },
  {
    slug: 'nadia',
    name: 'Nadia El Amrani',
    district: 'Borgerhout',
    home: { latitude: 51.213, longitude: 4.438 },
    taste: {
      nl: 'Leest romantische en hedendaagse romans, graag met humor.',
      en: 'Reads romance and contemporary novels, preferably funny ones.',
    },
    genres: ['romance', 'contemporary_romance', 'chick_lit', 'new_adult'],
    statedInterests: [T.relaties, T.filmKomedie, T.musical],
  },
  {
    slug: 'kobe',
    name: 'Kobe Maes',
    district: 'Merksem',
    home: { latitude: 51.246, longitude: 4.446 },
    taste: {
      nl: 'Strips, graphic novels en manga, en af en toe een film.',
      en: 'Comics, graphic novels and manga, and a film now and then.',
    },
    genres: ['graphic_novels', 'comics', 'manga'],
    statedInterests: [T.strips, T.filmKinder, T.hiphop],
  },
  {
    slug: 'stijn',
    name: 'Stijn Willems',
    district: 'Hoboken',
    home: { latitude: 51.175, longitude: 4.348 },
    taste: {
      nl: 'Fan van horror, vampiers en het bovennatuurlijke.',
      en: 'A fan of horror, vampires and the supernatural.',
    },
    genres: [
      'horror',
      'paranormal',
      'vampires',
      'supernatural',
      'urban_fantasy',
      'paranormal_romance',
    ],
    statedInterests: [T.filmHorror, T.filmThriller],
  },
  {
    slug: 'els',
    name: 'Els Wouters',
    district: 'Berendrecht-Zandvliet-Lillo',
    neighbourhood: 'Zandvliet',
    home: { latitude: 51.36, longitude: 4.31 },
    taste: {
      nl: 'Leest voor aan haar kinderen: prentenboeken en kinderromans.',
      en: "Reads aloud to her children: picture books and children's novels.",
    },
    genres: ['childrens', 'picture_books', 'middle_grade'],
    statedInterests: [T.filmKinder, T.poppentheater, T.opvoeding],
    withChildren: true,
  },
  {
    slug: 'wout',
    name: 'Wout Goossens',
    district: 'Antwerpen',
    neighbourhood: 'Linkeroever',
    home: { latitude: 51.223, longitude: 4.382 },
    taste: {
      nl: 'Sciencefiction en dystopieën, met een voorliefde voor techniek.',
      en: 'Science fiction and dystopias, with a soft spot for technology.',
    },
    genres: ['science_fiction', 'dystopian', 'science_fiction_fantasy'],
    statedInterests: [T.filmSf, T.techniek, T.wetenschap],
  },
  {
    slug: 'fatima',
    name: 'Fatima Benali',
    district: 'Antwerpen',
    neighbourhood: 'Seefhoek',
    home: { latitude: 51.228, longitude: 4.422 },
    taste: {
      nl: 'Leest memoires en biografieën over mensen en de samenleving.',
      en: 'Reads memoirs and biographies about people and society.',
    },
    genres: ['memoir', 'biography', 'non_fiction'],
    statedInterests: [T.samenleving, T.filmDocu, T.politiek],
  },
  {
    slug: 'karel',
    name: 'Karel Hermans',
    district: 'Deurne',
    neighbourhood: 'Deurne-Zuid',
    home: { latitude: 51.205, longitude: 4.462 },
    taste: {
      nl: 'Zoekt zingeving in religie, filosofie en spiritualiteit.',
      en: 'Looks for meaning in religion, philosophy and spirituality.',
    },
    genres: ['religion', 'philosophy', 'christianity', 'spirituality'],
    statedInterests: [T.zingeving, T.erfgoed, T.klassiek],
  },
  {
    slug: 'tine',
    name: 'Tine Aerts',
    district: 'Borgerhout',
    neighbourhood: 'Zurenborg',
    home: { latitude: 51.208, longitude: 4.428 },
    taste: {
      nl: 'Houdt van humor en hedendaagse fictie die niet te zwaar is.',
      en: 'Likes humour and contemporary fiction that is not too heavy.',
    },
    genres: ['humor', 'contemporary', 'chick_lit', 'fiction'],
    statedInterests: [T.humor, T.filmKomedie, T.popRock],
  },
  {
    slug: 'amir',
    name: 'Amir Kaya',
    district: 'Wilrijk',
    neighbourhood: 'Valaar',
    home: { latitude: 51.176, longitude: 4.412 },
    taste: {
      nl: 'Leest over ondernemen, psychologie en persoonlijke groei.',
      en: 'Reads about business, psychology and personal growth.',
    },
    genres: ['business', 'psychology', 'non_fiction', 'self_help'],
    statedInterests: [T.economie, T.techniek, T.relaties],
  },
];
