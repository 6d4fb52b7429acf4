import type { Language } from '../model/localized-text.ts';

/**
 * A genre key as people read it: a shelf name (nl/en) and, for book genres, the noun to count
 * loans with, so that reasons read "12 historische romans" rather than "12 boeken over historical_fiction".
 */
export interface GenreLabel {
  nl: string;
  en: string;
  /** Singular and plural of what one counts, e.g. ['thriller', 'thrillers']. */
  countNl?: readonly [string, string];
  countEn?: readonly [string, string];
}

const pair = (s: string): [string, string] => {
  const [one, many] = s.split('|');
  return [one ?? s, many ?? one ?? s];
};
/** A goodbooks shelf: label nl, label en, count noun nl 'one|many', count noun en 'one|many'. */
const book = (nl: string, en: string, countNl: string, countEn: string): GenreLabel => ({
  nl,
  en,
  countNl: pair(countNl),
  countEn: pair(countEn),
});
const activity = (nl: string, en: string): GenreLabel => ({ nl, en });

/** The goodbooks-10k shelf keys used by the catalogue's books. */
const BOOK_GENRES: Record<string, GenreLabel> = {
  action: book('Actie', 'Action', 'actieboek|actieboeken', 'action book|action books'),
  adult_fiction: book(
    'Romans voor volwassenen',
    'Adult fiction',
    'roman voor volwassenen|romans voor volwassenen',
    'adult novel|adult novels',
  ),
  adventure: book(
    'Avontuur',
    'Adventure',
    'avonturenboek|avonturenboeken',
    'adventure book|adventure books',
  ),
  animals: book(
    'Dieren',
    'Animals',
    'boek over dieren|boeken over dieren',
    'book about animals|books about animals',
  ),
  architecture: book(
    'Architectuur',
    'Architecture',
    'boek over architectuur|boeken over architectuur',
    'book on architecture|books on architecture',
  ),
  art: book('Kunst', 'Art', 'kunstboek|kunstboeken', 'art book|art books'),
  biography: book('Biografie', 'Biography', 'biografie|biografieën', 'biography|biographies'),
  business: book(
    'Economie en bedrijf',
    'Business',
    'boek over ondernemen|boeken over ondernemen',
    'business book|business books',
  ),
  chick_lit: book(
    'Chicklit',
    'Chick lit',
    'chicklitroman|chicklitromans',
    'chick-lit novel|chick-lit novels',
  ),
  childrens: book(
    'Kinderboeken',
    "Children's books",
    'kinderboek|kinderboeken',
    "children's book|children's books",
  ),
  christianity: book(
    'Christendom',
    'Christianity',
    'boek over het christendom|boeken over het christendom',
    'book on Christianity|books on Christianity',
  ),
  classics: book('Klassiekers', 'Classics', 'klassieker|klassiekers', 'classic|classics'),
  comics: book('Strips', 'Comics', 'strip|strips', 'comic|comics'),
  coming_of_age: book(
    'Opgroeien',
    'Coming of age',
    'opgroeiroman|opgroeiromans',
    'coming-of-age novel|coming-of-age novels',
  ),
  contemporary: book(
    'Hedendaags',
    'Contemporary',
    'hedendaags boek|hedendaagse boeken',
    'contemporary book|contemporary books',
  ),
  contemporary_fiction: book(
    'Hedendaagse romans',
    'Contemporary fiction',
    'hedendaagse roman|hedendaagse romans',
    'contemporary novel|contemporary novels',
  ),
  contemporary_romance: book(
    'Hedendaagse romantiek',
    'Contemporary romance',
    'hedendaagse liefdesroman|hedendaagse liefdesromans',
    'contemporary romance|contemporary romances',
  ),
  crime: book('Misdaad', 'Crime', 'misdaadroman|misdaadromans', 'crime novel|crime novels'),
  drama: book('Drama', 'Drama', 'drama|drama’s', 'drama|dramas'),
  dystopian: book(
    'Dystopie',
    'Dystopia',
    'dystopische roman|dystopische romans',
    'dystopian novel|dystopian novels',
  ),
  economics: book(
    'Economie',
    'Economics',
    'boek over economie|boeken over economie',
    'book on economics|books on economics',
  ),
  epic_fantasy: book(
    'Epische fantasy',
    'Epic fantasy',
    'epische fantasy|epische fantasyboeken',
    'epic fantasy book|epic fantasy books',
  ),
  erotica: book('Erotiek', 'Erotica', 'erotisch boek|erotische boeken', 'erotic book|erotic books'),
  essays: book(
    'Essays',
    'Essays',
    'essaybundel|essaybundels',
    'essay collection|essay collections',
  ),
  fairy_tales: book(
    'Sprookjes',
    'Fairy tales',
    'sprookjesboek|sprookjesboeken',
    'fairy-tale book|fairy-tale books',
  ),
  fantasy: book('Fantasy', 'Fantasy', 'fantasyboek|fantasyboeken', 'fantasy book|fantasy books'),
  fashion: book(
    'Mode',
    'Fashion',
    'boek over mode|boeken over mode',
    'book on fashion|books on fashion',
  ),
  feminism: book(
    'Feminisme',
    'Feminism',
    'boek over feminisme|boeken over feminisme',
    'book on feminism|books on feminism',
  ),
  fiction: book('Fictie', 'Fiction', 'roman|romans', 'novel|novels'),
  film: book('Film', 'Film', 'boek over film|boeken over film', 'book on film|books on film'),
  food: book(
    'Eten en koken',
    'Food and cooking',
    'boek over eten|boeken over eten',
    'food book|food books',
  ),
  general_fiction: book('Algemene fictie', 'General fiction', 'roman|romans', 'novel|novels'),
  graphic_novels: book(
    'Graphic novels',
    'Graphic novels',
    'graphic novel|graphic novels',
    'graphic novel|graphic novels',
  ),
  health: book(
    'Gezondheid',
    'Health',
    'boek over gezondheid|boeken over gezondheid',
    'book on health|books on health',
  ),
  high_fantasy: book(
    'High fantasy',
    'High fantasy',
    'high-fantasyboek|high-fantasyboeken',
    'high fantasy book|high fantasy books',
  ),
  historical: book(
    'Historisch',
    'Historical',
    'historisch boek|historische boeken',
    'historical book|historical books',
  ),
  historical_fiction: book(
    'Historische romans',
    'Historical fiction',
    'historische roman|historische romans',
    'historical novel|historical novels',
  ),
  historical_romance: book(
    'Historische romantiek',
    'Historical romance',
    'historische liefdesroman|historische liefdesromans',
    'historical romance|historical romances',
  ),
  history: book(
    'Geschiedenis',
    'History',
    'geschiedenisboek|geschiedenisboeken',
    'history book|history books',
  ),
  holocaust: book(
    'Holocaust',
    'Holocaust',
    'boek over de Holocaust|boeken over de Holocaust',
    'book on the Holocaust|books on the Holocaust',
  ),
  horror: book('Horror', 'Horror', 'horrorboek|horrorboeken', 'horror book|horror books'),
  humor: book(
    'Humor',
    'Humour',
    'humoristisch boek|humoristische boeken',
    'funny book|funny books',
  ),
  language: book(
    'Taal',
    'Language',
    'boek over taal|boeken over taal',
    'book on language|books on language',
  ),
  lgbtq: book('LGBTQ+', 'LGBTQ+', 'LGBTQ+-boek|LGBTQ+-boeken', 'LGBTQ+ book|LGBTQ+ books'),
  literary_fiction: book(
    'Literaire fictie',
    'Literary fiction',
    'literaire roman|literaire romans',
    'literary novel|literary novels',
  ),
  literature: book(
    'Literatuur',
    'Literature',
    'literair werk|literaire werken',
    'work of literature|works of literature',
  ),
  magic: book(
    'Magie',
    'Magic',
    'boek over magie|boeken over magie',
    'book about magic|books about magic',
  ),
  manga: book('Manga', 'Manga', 'manga|manga’s', 'manga|manga'),
  memoir: book('Memoires', 'Memoir', 'memoir|memoirs', 'memoir|memoirs'),
  middle_grade: book(
    'Jeugdboeken (10-14)',
    'Middle grade',
    'jeugdboek|jeugdboeken',
    'middle-grade book|middle-grade books',
  ),
  music: book(
    'Muziek',
    'Music',
    'boek over muziek|boeken over muziek',
    'book on music|books on music',
  ),
  mystery: book('Mysterie', 'Mystery', 'mysterieroman|mysterieromans', 'mystery|mysteries'),
  mystery_thriller: book(
    'Mysterie en thriller',
    'Mystery thriller',
    'mysteriethriller|mysteriethrillers',
    'mystery thriller|mystery thrillers',
  ),
  mythology: book(
    'Mythologie',
    'Mythology',
    'boek over mythologie|boeken over mythologie',
    'book on mythology|books on mythology',
  ),
  nature: book('Natuur', 'Nature', 'natuurboek|natuurboeken', 'nature book|nature books'),
  new_adult: book(
    'New adult',
    'New adult',
    'new-adultroman|new-adultromans',
    'new adult novel|new adult novels',
  ),
  non_fiction: book(
    'Non-fictie',
    'Non-fiction',
    'non-fictieboek|non-fictieboeken',
    'non-fiction book|non-fiction books',
  ),
  paranormal: book(
    'Paranormaal',
    'Paranormal',
    'paranormaal boek|paranormale boeken',
    'paranormal book|paranormal books',
  ),
  paranormal_romance: book(
    'Paranormale romantiek',
    'Paranormal romance',
    'paranormale liefdesroman|paranormale liefdesromans',
    'paranormal romance|paranormal romances',
  ),
  parenting: book(
    'Opvoeding',
    'Parenting',
    'opvoedingsboek|opvoedingsboeken',
    'parenting book|parenting books',
  ),
  philosophy: book(
    'Filosofie',
    'Philosophy',
    'filosofieboek|filosofieboeken',
    'philosophy book|philosophy books',
  ),
  photography: book(
    'Fotografie',
    'Photography',
    'fotoboek|fotoboeken',
    'photography book|photography books',
  ),
  physics: book(
    'Natuurkunde',
    'Physics',
    'boek over natuurkunde|boeken over natuurkunde',
    'physics book|physics books',
  ),
  picture_books: book(
    'Prentenboeken',
    'Picture books',
    'prentenboek|prentenboeken',
    'picture book|picture books',
  ),
  plays: book('Toneel', 'Plays', 'toneelstuk|toneelstukken', 'play|plays'),
  poetry: book('Poëzie', 'Poetry', 'dichtbundel|dichtbundels', 'poetry book|poetry books'),
  politics: book(
    'Politiek',
    'Politics',
    'boek over politiek|boeken over politiek',
    'book on politics|books on politics',
  ),
  psychology: book(
    'Psychologie',
    'Psychology',
    'psychologieboek|psychologieboeken',
    'psychology book|psychology books',
  ),
  realistic_fiction: book(
    'Realistische fictie',
    'Realistic fiction',
    'realistische roman|realistische romans',
    'realistic novel|realistic novels',
  ),
  religion: book(
    'Religie',
    'Religion',
    'boek over religie|boeken over religie',
    'book on religion|books on religion',
  ),
  romance: book('Romantiek', 'Romance', 'liefdesroman|liefdesromans', 'romance|romances'),
  science: book(
    'Wetenschap',
    'Science',
    'wetenschapsboek|wetenschapsboeken',
    'science book|science books',
  ),
  science_fiction: book(
    'Sciencefiction',
    'Science fiction',
    'sciencefictionboek|sciencefictionboeken',
    'science-fiction book|science-fiction books',
  ),
  science_fiction_fantasy: book(
    'Sciencefiction en fantasy',
    'Science fiction and fantasy',
    'sf- of fantasyboek|sf- en fantasyboeken',
    'SF or fantasy book|SF and fantasy books',
  ),
  self_help: book(
    'Zelfhulp',
    'Self-help',
    'zelfhulpboek|zelfhulpboeken',
    'self-help book|self-help books',
  ),
  short_stories: book(
    'Kortverhalen',
    'Short stories',
    'verhalenbundel|verhalenbundels',
    'short-story collection|short-story collections',
  ),
  spirituality: book(
    'Spiritualiteit',
    'Spirituality',
    'boek over spiritualiteit|boeken over spiritualiteit',
    'book on spirituality|books on spirituality',
  ),
  sports: book('Sport', 'Sports', 'sportboek|sportboeken', 'sports book|sports books'),
  supernatural: book(
    'Bovennatuurlijk',
    'Supernatural',
    'bovennatuurlijk verhaal|bovennatuurlijke verhalen',
    'supernatural story|supernatural stories',
  ),
  suspense: book(
    'Spanning',
    'Suspense',
    'spannend boek|spannende boeken',
    'suspense novel|suspense novels',
  ),
  theatre: book(
    'Theater',
    'Theatre',
    'boek over theater|boeken over theater',
    'book on theatre|books on theatre',
  ),
  thriller: book('Thrillers', 'Thrillers', 'thriller|thrillers', 'thriller|thrillers'),
  travel: book('Reizen', 'Travel', 'reisboek|reisboeken', 'travel book|travel books'),
  true_crime: book(
    'Waargebeurde misdaad',
    'True crime',
    'true-crimeboek|true-crimeboeken',
    'true-crime book|true-crime books',
  ),
  urban_fantasy: book(
    'Urban fantasy',
    'Urban fantasy',
    'urban-fantasyboek|urban-fantasyboeken',
    'urban fantasy book|urban fantasy books',
  ),
  vampires: book('Vampiers', 'Vampires', 'vampierboek|vampierboeken', 'vampire book|vampire books'),
  war: book('Oorlog', 'War', 'oorlogsboek|oorlogsboeken', 'war book|war books'),
  writing: book(
    'Schrijven',
    'Writing',
    'boek over schrijven|boeken over schrijven',
    'book on writing|books on writing',
  ),
  young_adult: book(
    'Young adult',
    'Young adult',
    'young-adultboek|young-adultboeken',
    'young adult book|young adult books',
  ),
  young_adult_fantasy: book(
    'Young adult fantasy',
    'Young adult fantasy',
    'young-adult-fantasyboek|young-adult-fantasyboeken',
    'YA fantasy book|YA fantasy books',
  ),
};

/** The (Dutch) genre words of the catalogue's activities, as UiTdatabank-style events carry them. */
const ACTIVITY_GENRES: Record<string, GenreLabel> = {
  actie: activity('Actie', 'Action'),
  animatie: activity('Animatie', 'Animation'),
  avontuur: activity('Avontuur', 'Adventure'),
  ballet: activity('Ballet', 'Ballet'),
  'beeldende kunst': activity('Beeldende kunst', 'Visual arts'),
  beeldhouwkunst: activity('Beeldhouwkunst', 'Sculpture'),
  beurs: activity('Beurs', 'Fair'),
  bewegingstheater: activity('Bewegingstheater', 'Physical theatre'),
  blues: activity('Blues', 'Blues'),
  boekkunst: activity('Boekkunst', 'Book arts'),
  circus: activity('Circus', 'Circus'),
  comedy: activity('Comedy', 'Comedy'),
  design: activity('Design', 'Design'),
  documentaire: activity('Documentaire', 'Documentary'),
  elektronisch: activity('Elektronische muziek', 'Electronic music'),
  'eten en drinken': activity('Eten en drinken', 'Food and drink'),
  familie: activity('Voor het hele gezin', 'For the whole family'),
  feest: activity('Feest', 'Party'),
  festival: activity('Festival', 'Festival'),
  fietsroute: activity('Fietsroute', 'Cycling route'),
  filmklassieker: activity('Filmklassieker', 'Film classic'),
  filmmusical: activity('Filmmusical', 'Film musical'),
  folk: activity('Folk', 'Folk'),
  fotografie: activity('Fotografie', 'Photography'),
  fuif: activity('Fuif', 'Party night'),
  geschiedenis: activity('Geschiedenis', 'History'),
  grafiek: activity('Grafiek', 'Printmaking'),
  'hedendaagse dans': activity('Hedendaagse dans', 'Contemporary dance'),
  'hedendaagse kunst': activity('Hedendaagse kunst', 'Contemporary art'),
  hiphop: activity('Hiphop', 'Hip-hop'),
  historisch: activity('Historisch', 'Historical'),
  jazz: activity('Jazz', 'Jazz'),
  jeugdtheater: activity('Jeugdtheater', 'Youth theatre'),
  kamermuziek: activity('Kamermuziek', 'Chamber music'),
  kamp: activity('Kamp', 'Camp'),
  kerstmarkt: activity('Kerstmarkt', 'Christmas market'),
  klassiek: activity('Klassieke muziek', 'Classical music'),
  kleinkunst: activity('Kleinkunst', 'Cabaret and song'),
  komedie: activity('Komedie', 'Comedy'),
  kortfilm: activity('Kortfilm', 'Short film'),
  lessenreeks: activity('Lessenreeks', 'Course series'),
  lezing: activity('Lezing', 'Lecture'),
  literatuur: activity('Literatuur', 'Literature'),
  markt: activity('Markt', 'Market'),
  mode: activity('Mode', 'Fashion'),
  musical: activity('Musical', 'Musical'),
  'nieuw werk': activity('Nieuw werk', 'New work'),
  'open sessie': activity('Open sessie', 'Open session'),
  opendeur: activity('Opendeurdag', 'Open day'),
  openluchtcinema: activity('Openluchtcinema', 'Open-air cinema'),
  opera: activity('Opera', 'Opera'),
  orgel: activity('Orgel', 'Organ'),
  'oude muziek': activity('Oude muziek', 'Early music'),
  pop: activity('Pop', 'Pop'),
  poppenspel: activity('Poppenspel', 'Puppetry'),
  quiz: activity('Quiz', 'Quiz'),
  rnb: activity('R&B', 'R&B'),
  rock: activity('Rock', 'Rock'),
  rondleiding: activity('Rondleiding', 'Guided tour'),
  schlager: activity('Schlager', 'Schlager'),
  schoolvoorstelling: activity('Schoolvoorstelling', 'School performance'),
  sciencefiction: activity('Sciencefiction', 'Science fiction'),
  sport: activity('Sport', 'Sport'),
  stadswandeling: activity('Stadswandeling', 'City walk'),
  stijldansen: activity('Stijldansen', 'Ballroom dancing'),
  symfonisch: activity('Symfonische muziek', 'Symphonic music'),
  toneel: activity('Toneel', 'Theatre'),
  'vaste collectie': activity('Vaste collectie', 'Permanent collection'),
  voorlezen: activity('Voorlezen', 'Story time'),
  wandelroute: activity('Wandelroute', 'Walking route'),
  werelddans: activity('Werelddans', 'World dance'),
  wereldmuziek: activity('Wereldmuziek', 'World music'),
  wetenschap: activity('Wetenschap', 'Science'),
};

/** Every known genre key; book shelves win where a word is both (drama, horror, humor, thriller). */
export const GENRE_LABELS: Readonly<Record<string, GenreLabel>> = {
  ...ACTIVITY_GENRES,
  ...BOOK_GENRES,
};

/** The label of a genre key; an unknown key still reads as words ("new_thing" -> "New thing"). */
export function genreLabel(key: string): GenreLabel {
  // Own keys only: a genre is any string a client sent, `constructor` included.
  if (Object.hasOwn(GENRE_LABELS, key)) return GENRE_LABELS[key]!;
  const words = key.replace(/_/g, ' ');
  const cap = words.charAt(0).toUpperCase() + words.slice(1);
  return { nl: cap, en: cap };
}

/** The shelf name in one language, e.g. genreName('classics', 'nl') === 'Klassiekers'. */
export function genreName(key: string, lang: Language = 'nl'): string {
  return genreLabel(key)[lang];
}
