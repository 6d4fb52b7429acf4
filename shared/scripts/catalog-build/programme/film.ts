import type { Random } from '../random.ts';
import { price, type ProgrammeLine } from './programme-line.ts';
import { T } from './themes.ts';

const CINEMAS = [
  'cartoons',
  'cartoons',
  'cinema-lumiere',
  'cinema-zuid',
  'kinepolis-antwerpen',
  'ugc-antwerpen',
  'de-roma',
];
const ART_HOUSE = [
  'cartoons',
  'cartoons',
  'cinema-lumiere',
  'cinema-zuid',
  'cinema-zuid',
  'm-hka',
  'de-roma',
];
const CC = [
  'cc-berchem',
  'cc-deurne',
  'cc-merksem',
  'cc-hoboken',
  'de-kern',
  'cc-ekeren',
  'cc-luchtbal',
];

/** Real films (title, director, year), screened in the demo programme. */
const FILMS: Record<string, readonly (readonly [string, string, number])[]> = {
  drama: [
    ['Close', 'Lukas Dhont', 2022],
    ['Girl', 'Lukas Dhont', 2018],
    ['Rundskop', 'Michaël R. Roskam', 2011],
    ['De acht bergen', 'Felix van Groeningen & Charlotte Vandermeersch', 2022],
    ['The Broken Circle Breakdown', 'Felix van Groeningen', 2012],
    ['Het smelt', 'Veerle Baetens', 2023],
    ["Anatomie d'une chute", 'Justine Triet', 2023],
    ['Past Lives', 'Celine Song', 2023],
    ['Aftersun', 'Charlotte Wells', 2022],
    ['Drive My Car', 'Ryusuke Hamaguchi', 2021],
    ['Nomadland', 'Chloé Zhao', 2020],
    ['Roma', 'Alfonso Cuarón', 2018],
    ['Moonlight', 'Barry Jenkins', 2016],
    ['Dancer in the Dark', 'Lars von Trier', 2000],
    ['Tótem', 'Lila Avilés', 2023],
    ['Perfect Days', 'Wim Wenders', 2023],
  ],
  comedy: [
    ['De Helaasheid der Dingen', 'Felix van Groeningen', 2009],
    ["Le fabuleux destin d'Amélie Poulain", 'Jean-Pierre Jeunet', 2001],
    ['Toni Erdmann', 'Maren Ade', 2016],
    ['The Grand Budapest Hotel', 'Wes Anderson', 2014],
    ['Intouchables', 'Olivier Nakache & Éric Toledano', 2011],
    ['Little Miss Sunshine', 'Jonathan Dayton & Valerie Faris', 2006],
    ['Le Tout Nouveau Testament', 'Jaco Van Dormael', 2015],
    ['Home Sweet Home', 'Dirk Beliën', 1995],
    ['Kung Fu Hustle', 'Stephen Chow', 2004],
    ['Paddington 2', 'Paul King', 2017],
  ],
  documentary: [
    ['Bowling Saga', 'Kevin Meul', 2020],
    ['Ennio', 'Giuseppe Tornatore', 2021],
    ['Honeyland', 'Tamara Kotevska & Ljubomir Stefanov', 2019],
    ['My Octopus Teacher', 'Pippa Ehrlich & James Reed', 2020],
    ['Fire of Love', 'Sara Dosa', 2022],
    ['Free Solo', 'Elizabeth Chai Vasarhelyi & Jimmy Chin', 2018],
    ['Les glaneurs et la glaneuse', 'Agnès Varda', 2000],
    ['Man on Wire', 'James Marsh', 2008],
    ['Searching for Sugar Man', 'Malik Bendjelloul', 2012],
    ['Dahomey', 'Mati Diop', 2024],
    ["Soundtrack to a Coup d'Etat", 'Johan Grimonprez', 2024],
    ['Petit Paysan', 'Hubert Charuel', 2017],
  ],
  kids: [
    ['Mijn buurman Totoro', 'Hayao Miyazaki', 1988],
    ["Kiki's vliegende koeriersdienst", 'Hayao Miyazaki', 1989],
    ['Wallace & Gromit: The Curse of the Were-Rabbit', 'Nick Park', 2005],
    ['Ernest & Celestine', 'Benjamin Renner, Vincent Patar & Stéphane Aubier', 2012],
    ['Shaun the Sheep Movie', 'Mark Burton & Richard Starzak', 2015],
    ['Coco', 'Lee Unkrich', 2017],
    ['Inside Out', 'Pete Docter', 2015],
    ['Song of the Sea', 'Tomm Moore', 2014],
    ['Ma vie de Courgette', 'Claude Barras', 2016],
    ['Wolfwalkers', 'Tomm Moore & Ross Stewart', 2020],
    ['Flow', 'Gints Zilbalodis', 2024],
    ['Samson en Gert: Hotel op stelten', 'Bart Van Leemputten', 2014],
    ['Paddington', 'Paul King', 2014],
    ['Plop en de Pinguïn', 'Matthias Temmermans', 2007],
  ],
  horror: [
    ['The Shining', 'Stanley Kubrick', 1980],
    ['Get Out', 'Jordan Peele', 2017],
    ['Hereditary', 'Ari Aster', 2018],
    ['Let the Right One In', 'Tomas Alfredson', 2008],
    ['The Others', 'Alejandro Amenábar', 2001],
    ['Nosferatu', 'F.W. Murnau', 1922],
    ["Rosemary's Baby", 'Roman Polanski', 1968],
    ['Raw', 'Julia Ducournau', 2016],
  ],
  scifi: [
    ['2001: A Space Odyssey', 'Stanley Kubrick', 1968],
    ['Blade Runner', 'Ridley Scott', 1982],
    ['Arrival', 'Denis Villeneuve', 2016],
    ['Dune', 'Denis Villeneuve', 2021],
    ['Solaris', 'Andrei Tarkovsky', 1972],
    ['Her', 'Spike Jonze', 2013],
    ['Mr. Nobody', 'Jaco Van Dormael', 2009],
    ['Everything Everywhere All at Once', 'Daniel Kwan & Daniel Scheinert', 2022],
  ],
  thriller: [
    ['De Zaak Alzheimer', 'Erik Van Looy', 2003],
    ['Parasite', 'Bong Joon-ho', 2019],
    ['Vertigo', 'Alfred Hitchcock', 1958],
    ['Rear Window', 'Alfred Hitchcock', 1954],
    ['Memories of Murder', 'Bong Joon-ho', 2003],
    ['Zodiac', 'David Fincher', 2007],
    ['Le Samouraï', 'Jean-Pierre Melville', 1967],
    ['Loft', 'Erik Van Looy', 2008],
    ['Caché', 'Michael Haneke', 2005],
  ],
  action: [
    ['Mad Max: Fury Road', 'George Miller', 2015],
    ['Crouching Tiger, Hidden Dragon', 'Ang Lee', 2000],
    ['Raiders of the Lost Ark', 'Steven Spielberg', 1981],
    ['Seven Samurai', 'Akira Kurosawa', 1954],
    ['Black', 'Adil El Arbi & Bilall Fallah', 2015],
    ['Rebel', 'Adil El Arbi & Bilall Fallah', 2022],
    ['Jurassic Park', 'Steven Spielberg', 1993],
  ],
  historical: [
    ['Daens', 'Stijn Coninx', 1992],
    ['Belgica', 'Felix van Groeningen', 2016],
    ['Flandres', 'Bruno Dumont', 2006],
    ['The Zone of Interest', 'Jonathan Glazer', 2023],
    ['Amadeus', 'Miloš Forman', 1984],
    ['Barry Lyndon', 'Stanley Kubrick', 1975],
    ['Portrait de la jeune fille en feu', 'Céline Sciamma', 2019],
    ['Girl with a Pearl Earring', 'Peter Webber', 2003],
  ],
  cinephile: [
    ['Jeanne Dielman, 23 quai du Commerce, 1080 Bruxelles', 'Chantal Akerman', 1975],
    ['Rosetta', 'Jean-Pierre & Luc Dardenne', 1999],
    ['In the Mood for Love', 'Wong Kar-wai', 2000],
    ['Stalker', 'Andrei Tarkovsky', 1979],
    ['Cléo de 5 à 7', 'Agnès Varda', 1962],
    ['Tokyo Story', 'Yasujirō Ozu', 1953],
    ['Persona', 'Ingmar Bergman', 1966],
    ['Les quatre cents coups', 'François Truffaut', 1959],
    ['Playtime', 'Jacques Tati', 1967],
    ['La dolce vita', 'Federico Fellini', 1960],
    ['Le gamin au vélo', 'Jean-Pierre & Luc Dardenne', 2011],
  ],
  musical: [
    ['Les parapluies de Cherbourg', 'Jacques Demy', 1964],
    ["Singin' in the Rain", 'Stanley Donen & Gene Kelly', 1952],
    ['La La Land', 'Damien Chazelle', 2016],
    ['West Side Story', 'Steven Spielberg', 2021],
  ],
};

const film = (key: string) => (r: Random) => {
  const [title] = r.pick(FILMS[key] ?? []);
  return title;
};
const classic = (key: string) => (r: Random) => {
  const [title, director, year] = r.pick(FILMS[key] ?? []);
  return `Filmklassieker: ${title} (${director}, ${year})`;
};

interface FilmLineSpec {
  key: string;
  films: string;
  theme: string;
  weight: number;
  genres: string[];
  blurb: string;
  venues?: readonly string[];
  classic?: boolean;
}

const SPECS: FilmLineSpec[] = [
  {
    key: 'drama',
    films: 'drama',
    theme: T.filmDrama,
    weight: 22,
    genres: ['drama'],
    blurb: 'Een aangrijpend drama dat lang blijft nazinderen.',
  },
  {
    key: 'comedy',
    films: 'comedy',
    theme: T.filmKomedie,
    weight: 12,
    genres: ['komedie'],
    blurb: 'Een komedie met hart, om samen om te lachen.',
  },
  {
    key: 'documentary',
    films: 'documentary',
    theme: T.filmDocu,
    weight: 12,
    genres: ['documentaire'],
    blurb: 'Een documentaire die de werkelijkheid van dichtbij toont, met nagesprek.',
    venues: [...ART_HOUSE, 'permeke', ...CC],
  },
  {
    key: 'kids',
    films: 'kids',
    theme: T.filmKinder,
    weight: 14,
    genres: ['animatie', 'familie'],
    blurb: 'Een film voor het hele gezin, Nederlands gesproken of ondertiteld.',
    venues: [...CINEMAS, 'permeke', ...CC],
  },
  {
    key: 'horror',
    films: 'horror',
    theme: T.filmHorror,
    weight: 5,
    genres: ['horror'],
    blurb: 'Spanning en griezel op groot scherm, niet voor tere zieltjes.',
  },
  {
    key: 'scifi',
    films: 'scifi',
    theme: T.filmSf,
    weight: 6,
    genres: ['sciencefiction'],
    blurb: 'Sciencefiction over tijd, ruimte en wat ons mens maakt.',
  },
  {
    key: 'thriller',
    films: 'thriller',
    theme: T.filmThriller,
    weight: 8,
    genres: ['thriller'],
    blurb: 'Een thriller die je tot de laatste minuut op het puntje van je stoel houdt.',
  },
  {
    key: 'action',
    films: 'action',
    theme: T.filmActie,
    weight: 6,
    genres: ['actie', 'avontuur'],
    blurb: 'Actie en avontuur zoals het bedoeld is: op een groot scherm.',
    venues: ['kinepolis-antwerpen', 'ugc-antwerpen', 'cartoons'],
  },
  {
    key: 'historical',
    films: 'historical',
    theme: T.filmHistorisch,
    weight: 6,
    genres: ['historisch'],
    blurb: 'Een historische film die het verleden tastbaar maakt.',
  },
  {
    key: 'classics',
    films: 'cinephile',
    theme: T.cinefiel,
    weight: 9,
    genres: ['filmklassieker'],
    blurb: 'Een meesterwerk uit de filmgeschiedenis, in een gerestaureerde kopie.',
    venues: ART_HOUSE,
    classic: true,
  },
  {
    key: 'musical',
    films: 'musical',
    theme: T.filmMusical,
    weight: 2,
    genres: ['filmmusical'],
    blurb: 'Zingen en dansen op het witte doek.',
  },
];

const OPEN_AIR_BLURB = 'Film onder de sterren. Breng een dekentje mee.';

export const FILM_LINES: ProgrammeLine[] = [
  ...SPECS.map((s): ProgrammeLine => ({
    key: `film-${s.key}`,
    type: 'film',
    weight: s.weight,
    themes: [s.theme],
    genres: s.genres,
    venues: s.venues ?? (s.classic ? ART_HOUSE : CINEMAS),
    ...(s.key === 'kids' ? { audience: 'children' as const, ages: [4, 12] as const } : {}),
    calendar: 'screenings',
    season: 'all-year',
    price: s.key === 'documentary' ? price(6, 11, 0.1, 0.5) : price(8, 13, 0, 0.4),
    title: s.classic ? classic(s.films) : film(s.films),
    blurb: () => s.blurb,
  })),
  {
    key: 'film-shorts',
    type: 'film',
    weight: 3,
    themes: [T.kortfilm],
    genres: ['kortfilm'],
    venues: ART_HOUSE,
    calendar: 'lecture',
    season: 'indoor',
    price: price(5, 9, 0.2),
    title: (r) =>
      `Kortfilmavond: ${r.pick(['nieuw Vlaams talent', 'animatie', 'Antwerpse filmscholen', 'documentaire korte films', 'kortfilms uit Europa'])}`,
    blurb: () => 'Een programma korte films, met de makers in de zaal.',
  },
  {
    key: 'film-open-air',
    type: 'film',
    weight: 4,
    themes: [T.meerdereFilm],
    genres: ['openluchtcinema'],
    venues: ['stadspark', 'park-spoor-noord', 'rivierenhof', 'sint-annastrand', 'boekenbergpark'],
    calendar: 'lecture',
    season: 'summer',
    price: price(0, 6, 0.6, 0),
    title: (r) => `Openluchtcinema: ${film(r.pick(['comedy', 'kids', 'musical', 'drama']))(r)}`,
    // Open-air cinema promises a summer evening; out of it the same film is a plain film night.
    unseasonal: (title) => title.replace(/^Openluchtcinema:/, 'Filmavond:'),
    unseasonalDescription: (description) =>
      description.replace(OPEN_AIR_BLURB, 'Een filmavond op groot scherm.'),
    blurb: () => OPEN_AIR_BLURB,
  },
];
