import type { GenreThemeBridge } from '../../src/catalog/genre-theme-bridge.ts';
import { T } from './programme/themes.ts';

type Links = readonly (readonly [string, number])[];

/**
 * Curated bridge from goodbooks genres (and a few shelf-tag genres) to UiTdatabank themes, so that
 * a reader of history books meets heritage tours and a thriller reader meets thriller films.
 */
export const GENRE_THEME_MAP: Record<string, Links> = {
  // the 62 genres of goodbooks-sample/book_genres.csv
  fiction: [
    [T.fictie, 1],
    [T.literatuur, 0.6],
  ],
  fantasy: [
    [T.fictie, 0.8],
    [T.literatuur, 0.4],
    [T.filmActie, 0.3],
    [T.filmSf, 0.3],
  ],
  young_adult: [
    [T.fictie, 0.7],
    [T.literatuur, 0.4],
    [T.relaties, 0.3],
  ],
  romance: [
    [T.fictie, 0.7],
    [T.relaties, 0.5],
    [T.filmDrama, 0.4],
    [T.literatuur, 0.3],
  ],
  non_fiction: [
    [T.nonFictie, 1],
    [T.samenleving, 0.4],
    [T.filmDocu, 0.4],
  ],
  mystery: [
    [T.fictie, 0.7],
    [T.filmThriller, 0.8],
    [T.literatuur, 0.3],
  ],
  classics: [
    [T.literatuur, 1],
    [T.fictie, 0.6],
    [T.theater, 0.4],
    [T.erfgoed, 0.3],
    [T.filmHistorisch, 0.3],
  ],
  contemporary: [
    [T.fictie, 0.8],
    [T.literatuur, 0.6],
    [T.filmDrama, 0.4],
    [T.samenleving, 0.3],
  ],
  historical_fiction: [
    [T.fictie, 0.8],
    [T.geschiedenis, 0.7],
    [T.filmHistorisch, 0.6],
    [T.erfgoed, 0.4],
  ],
  thriller: [
    [T.filmThriller, 1],
    [T.fictie, 0.7],
    [T.filmActie, 0.4],
  ],
  science_fiction: [
    [T.filmSf, 1],
    [T.fictie, 0.7],
    [T.wetenschap, 0.4],
    [T.techniek, 0.3],
  ],
  paranormal: [
    [T.fictie, 0.7],
    [T.filmHorror, 0.6],
  ],
  childrens: [
    [T.fictie, 0.6],
    [T.filmKinder, 0.8],
    [T.poppentheater, 0.6],
    [T.opvoeding, 0.4],
  ],
  humor: [
    [T.humor, 1],
    [T.filmKomedie, 0.8],
    [T.fictie, 0.4],
  ],
  biography: [
    [T.nonFictie, 0.9],
    [T.geschiedenis, 0.6],
    [T.filmDocu, 0.6],
    [T.relaties, 0.3],
  ],
  history: [
    [T.geschiedenis, 1],
    [T.erfgoed, 0.8],
    [T.nonFictie, 0.6],
    [T.filmDocu, 0.5],
    [T.filmHistorisch, 0.4],
  ],
  memoir: [
    [T.nonFictie, 0.9],
    [T.relaties, 0.6],
    [T.filmDocu, 0.5],
    [T.literatuur, 0.4],
  ],
  horror: [
    [T.filmHorror, 1],
    [T.fictie, 0.7],
  ],
  crime: [
    [T.filmThriller, 0.9],
    [T.fictie, 0.7],
    [T.samenleving, 0.2],
  ],
  literature: [
    [T.literatuur, 1],
    [T.fictie, 0.7],
    [T.poezie, 0.3],
    [T.theater, 0.3],
  ],
  chick_lit: [
    [T.fictie, 0.7],
    [T.relaties, 0.6],
    [T.filmKomedie, 0.5],
  ],
  historical: [
    [T.geschiedenis, 0.9],
    [T.erfgoed, 0.7],
    [T.filmHistorisch, 0.5],
    [T.fictie, 0.4],
  ],
  graphic_novels: [
    [T.strips, 1],
    [T.fictie, 0.5],
    [T.grafiek, 0.4],
  ],
  philosophy: [
    [T.zingeving, 1],
    [T.nonFictie, 0.6],
    [T.samenleving, 0.3],
  ],
  psychology: [
    [T.relaties, 0.8],
    [T.wetenschap, 0.6],
    [T.nonFictie, 0.6],
    [T.zorg, 0.3],
  ],
  picture_books: [
    [T.filmKinder, 0.7],
    [T.poppentheater, 0.7],
    [T.opvoeding, 0.5],
    [T.fictie, 0.4],
    [T.grafiek, 0.3],
  ],
  vampires: [
    [T.filmHorror, 0.9],
    [T.fictie, 0.7],
  ],
  comics: [
    [T.strips, 1],
    [T.humor, 0.4],
    [T.grafiek, 0.4],
  ],
  contemporary_romance: [
    [T.fictie, 0.7],
    [T.relaties, 0.6],
    [T.filmDrama, 0.4],
  ],
  dystopian: [
    [T.filmSf, 0.9],
    [T.fictie, 0.7],
    [T.politiek, 0.4],
  ],
  short_stories: [
    [T.literatuur, 0.9],
    [T.fictie, 0.8],
  ],
  science: [
    [T.wetenschap, 1],
    [T.nonFictie, 0.6],
    [T.natuur, 0.4],
    [T.filmDocu, 0.4],
    [T.techniek, 0.3],
  ],
  religion: [
    [T.zingeving, 1],
    [T.nonFictie, 0.5],
    [T.erfgoed, 0.4],
  ],
  business: [
    [T.economie, 1],
    [T.nonFictie, 0.6],
    [T.techniek, 0.3],
  ],
  epic_fantasy: [
    [T.fictie, 0.8],
    [T.filmActie, 0.5],
    [T.literatuur, 0.3],
  ],
  urban_fantasy: [
    [T.fictie, 0.8],
    [T.filmActie, 0.4],
    [T.filmHorror, 0.3],
  ],
  new_adult: [
    [T.fictie, 0.7],
    [T.relaties, 0.6],
  ],
  adventure: [
    [T.filmActie, 1],
    [T.fictie, 0.7],
    [T.outdoor, 0.2],
  ],
  contemporary_fiction: [
    [T.fictie, 0.9],
    [T.literatuur, 0.6],
    [T.filmDrama, 0.4],
  ],
  science_fiction_fantasy: [
    [T.filmSf, 0.9],
    [T.fictie, 0.7],
  ],
  paranormal_romance: [
    [T.fictie, 0.7],
    [T.filmHorror, 0.4],
    [T.relaties, 0.4],
  ],
  suspense: [
    [T.filmThriller, 0.9],
    [T.fictie, 0.7],
  ],
  realistic_fiction: [
    [T.fictie, 0.8],
    [T.filmDrama, 0.5],
    [T.samenleving, 0.4],
  ],
  literary_fiction: [
    [T.literatuur, 1],
    [T.fictie, 0.8],
    [T.cinefiel, 0.3],
  ],
  poetry: [
    [T.poezie, 1],
    [T.literatuur, 0.8],
    [T.theater, 0.3],
  ],
  war: [
    [T.geschiedenis, 0.9],
    [T.filmHistorisch, 0.6],
    [T.erfgoed, 0.5],
    [T.politiek, 0.4],
  ],
  adult_fiction: [
    [T.fictie, 0.9],
    [T.literatuur, 0.5],
  ],
  manga: [
    [T.strips, 1],
    [T.filmKinder, 0.5],
    [T.grafiek, 0.3],
  ],
  erotica: [
    [T.fictie, 0.7],
    [T.relaties, 0.6],
  ],
  plays: [
    [T.theater, 1],
    [T.literatuur, 0.7],
    [T.humor, 0.3],
  ],
  drama: [
    [T.theater, 0.9],
    [T.filmDrama, 0.7],
    [T.literatuur, 0.5],
  ],
  magic: [
    [T.fictie, 0.7],
    [T.circus, 0.3],
    [T.filmKinder, 0.3],
  ],
  historical_romance: [
    [T.fictie, 0.7],
    [T.filmHistorisch, 0.6],
    [T.geschiedenis, 0.4],
    [T.relaties, 0.4],
  ],
  middle_grade: [
    [T.fictie, 0.7],
    [T.filmKinder, 0.6],
    [T.opvoeding, 0.3],
  ],
  mythology: [
    [T.erfgoed, 0.7],
    [T.geschiedenis, 0.7],
    [T.zingeving, 0.5],
    [T.literatuur, 0.5],
  ],
  action: [
    [T.filmActie, 1],
    [T.fictie, 0.6],
    [T.filmThriller, 0.5],
  ],
  mystery_thriller: [
    [T.filmThriller, 1],
    [T.fictie, 0.7],
  ],
  high_fantasy: [
    [T.fictie, 0.8],
    [T.filmActie, 0.5],
  ],
  coming_of_age: [
    [T.fictie, 0.8],
    [T.relaties, 0.6],
    [T.filmDrama, 0.5],
  ],
  general_fiction: [
    [T.fictie, 1],
    [T.literatuur, 0.5],
  ],
  supernatural: [
    [T.filmHorror, 0.7],
    [T.fictie, 0.7],
    [T.zingeving, 0.3],
  ],
  young_adult_fantasy: [
    [T.fictie, 0.8],
    [T.filmActie, 0.4],
    [T.filmKinder, 0.3],
  ],
  // genres derived from the books' most used shelf tags (books_with_tags_jrm2319.csv)
  art: [
    [T.schilderkunst, 0.8],
    [T.meerdereKunst, 0.8],
    [T.kunsteducatie, 0.6],
    [T.fotografie, 0.3],
  ],
  music: [
    [T.popRock, 0.7],
    [T.klassiek, 0.6],
    [T.jazz, 0.6],
    [T.nonFictie, 0.3],
  ],
  food: [
    [T.voeding, 1],
    [T.nonFictie, 0.4],
  ],
  travel: [
    [T.intercultureel, 0.6],
    [T.filmDocu, 0.5],
    [T.nonFictie, 0.5],
    [T.outdoor, 0.3],
  ],
  sports: [
    [T.omnisport, 0.8],
    [T.atletiek, 0.5],
    [T.nonFictie, 0.3],
  ],
  theatre: [
    [T.theater, 1],
    [T.musical, 0.4],
    [T.literatuur, 0.4],
  ],
  politics: [
    [T.politiek, 1],
    [T.samenleving, 0.7],
    [T.nonFictie, 0.5],
  ],
  economics: [
    [T.economie, 1],
    [T.samenleving, 0.4],
    [T.nonFictie, 0.5],
  ],
  health: [
    [T.wellness, 0.9],
    [T.zorg, 0.7],
    [T.nonFictie, 0.4],
  ],
  self_help: [
    [T.relaties, 0.8],
    [T.wellness, 0.6],
    [T.zingeving, 0.4],
  ],
  spirituality: [
    [T.zingeving, 1],
    [T.wellness, 0.5],
  ],
  christianity: [
    [T.zingeving, 1],
    [T.erfgoed, 0.4],
  ],
  true_crime: [
    [T.filmThriller, 0.7],
    [T.filmDocu, 0.7],
    [T.samenleving, 0.5],
    [T.nonFictie, 0.6],
  ],
  animals: [
    [T.natuur, 0.9],
    [T.filmDocu, 0.4],
  ],
  nature: [
    [T.natuur, 1],
    [T.wetenschap, 0.4],
  ],
  lgbtq: [
    [T.samenleving, 0.8],
    [T.relaties, 0.6],
  ],
  feminism: [
    [T.samenleving, 0.9],
    [T.politiek, 0.6],
  ],
  fairy_tales: [
    [T.poppentheater, 0.6],
    [T.filmKinder, 0.6],
    [T.fictie, 0.6],
    [T.erfgoed, 0.3],
  ],
  essays: [
    [T.nonFictie, 0.8],
    [T.literatuur, 0.6],
    [T.zingeving, 0.4],
  ],
  parenting: [
    [T.opvoeding, 1],
    [T.relaties, 0.5],
  ],
  writing: [
    [T.literatuur, 0.9],
    [T.creativiteit, 0.7],
  ],
  architecture: [
    [T.architectuur, 1],
    [T.design, 0.5],
    [T.erfgoed, 0.4],
  ],
  photography: [
    [T.fotografie, 1],
    [T.meerdereKunst, 0.4],
  ],
  film: [
    [T.meerdereFilm, 1],
    [T.cinefiel, 0.6],
  ],
  fashion: [
    [T.mode, 1],
    [T.design, 0.6],
  ],
  physics: [
    [T.wetenschap, 1],
    [T.techniek, 0.4],
  ],
  holocaust: [
    [T.geschiedenis, 1],
    [T.erfgoed, 0.5],
    [T.samenleving, 0.4],
  ],
  language: [
    [T.taal, 1],
    [T.intercultureel, 0.4],
  ],
};

/** Shelf tags that become extra genres; tags are lower-case with hyphens. */
export const TAG_GENRES: Record<string, string> = {
  art: 'art',
  'art-history': 'art',
  music: 'music',
  food: 'food',
  cooking: 'food',
  cookbooks: 'food',
  travel: 'travel',
  sports: 'sports',
  theatre: 'theatre',
  play: 'theatre',
  politics: 'politics',
  economics: 'economics',
  finance: 'economics',
  health: 'health',
  'self-help': 'self_help',
  spirituality: 'spirituality',
  christianity: 'christianity',
  theology: 'christianity',
  'true-crime': 'true_crime',
  animals: 'animals',
  nature: 'nature',
  lgbtq: 'lgbtq',
  lgbt: 'lgbtq',
  feminism: 'feminism',
  'fairy-tales': 'fairy_tales',
  essays: 'essays',
  parenting: 'parenting',
  writing: 'writing',
  architecture: 'architecture',
  photography: 'photography',
  film: 'film',
  fashion: 'fashion',
  physics: 'physics',
  holocaust: 'holocaust',
  linguistics: 'language',
  wwii: 'war',
  military: 'war',
  'american-history': 'history',
  'civil-war': 'history',
  autobiography: 'memoir',
  memoirs: 'memoir',
  espionage: 'thriller',
  spy: 'thriller',
  'legal-thriller': 'thriller',
  noir: 'crime',
  sociology: 'non_fiction',
  reference: 'non_fiction',
};

/** Aliases to map tag names onto goodbooks genre keys (for the few books without genres). */
export const GENRE_ALIASES: Record<string, string> = {
  children: 'childrens',
  'graphic-novel': 'graphic_novels',
  'graphic novels': 'graphic_novels',
  chicklit: 'chick_lit',
  'chic-lit': 'chick_lit',
  humour: 'humor',
  mangas: 'manga',
  'picture-book': 'picture_books',
  vampire: 'vampires',
  thrillers: 'thriller',
  comedy: 'humor',
};

export function buildBridge(): GenreThemeBridge {
  const bridge: GenreThemeBridge = {};
  for (const genre of Object.keys(GENRE_THEME_MAP).sort()) {
    bridge[genre] = (GENRE_THEME_MAP[genre] ?? []).map(([themeId, weight]) => ({
      themeId,
      weight,
    }));
  }
  return bridge;
}
