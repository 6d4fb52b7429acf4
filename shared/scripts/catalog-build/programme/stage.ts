import { createRandom } from '../random.ts';
import { personNames } from './names.ts';
import { price, titles, type ProgrammeLine } from './programme-line.ts';
import { T } from './themes.ts';

const people = personNames(createRandom('stage-people'), 50);
const CC = ['cc-berchem', 'cc-deurne', 'cc-merksem', 'cc-hoboken', 'de-kern', 'cc-ekeren', 'cc-luchtbal', 'cc-borgerhout'];

const PLAYS = [
  'Hamlet', 'Macbeth', 'Koning Lear', 'Een midzomernachtdroom', 'De kersentuin', 'Drie zusters', 'Oom Wanja', 'De meeuw',
  'Een poppenhuis', 'Hedda Gabler', 'Wachten op Godot', 'Medea', 'Antigone', 'De vrek', 'Tartuffe', 'Suiker',
  'Vrijdag', 'Het verdriet van België', 'Mariken van Nieumeghen', 'Elckerlyc', 'Bloedbruiloft', 'Woyzeck', 'Faust',
  'De storm', 'Richard III', 'Oresteia', 'Lysistrata', 'Het leven is een droom', 'Op hoop van zegen', 'Ivanov',
];
const COMPANIES = ['Toneelhuis', 'FC Bergman', 'tg STAN', 'De Roovers', 'Olympique Dramatique', 'Laika', 'Het nieuwstedelijk', 'Theater Antigone', 'De Koe', 'Comp. Marius'];
const COMEDY = ['Alles komt goed', 'Zonder filter', 'Eerlijk gezegd', 'Niet storen', 'Midlife', 'Gewoon doen', 'Onder ons', 'Bijna volwassen', 'Kaaimannen', 'Na de pauze'];
const MUSICALS = ['Les Misérables', 'Evita', 'Fiddler on the Roof', 'Sound of Music', 'Daens', 'Cabaret', 'Chicago', 'Into the Woods', 'Annie', 'Sweeney Todd'];
const OPERAS = [
  'Verdi: La traviata', 'Puccini: La bohème', 'Mozart: Die Zauberflöte', 'Mozart: Don Giovanni', 'Wagner: Lohengrin',
  'Bizet: Carmen', 'Janáček: Jenůfa', 'Britten: Peter Grimes', 'Tsjaikovski: Jevgeni Onegin', 'Strauss: Salome', 'Offenbach: Orphée aux enfers',
];
const KIDS_PLAYS = ['Pluk van de Petteflet', 'Rood Kapje', 'De Gruffalo', 'Kikker is verliefd', 'Nijntje in de speeltuin', 'De grote vriendelijke reus', 'Matilda', 'Pinokkio', 'De kleine zeemeermin', 'Max en de maximonsters'];
const KIDS_COMPANIES = ['Het Paleis', 'BRONKS', 'De Spiegel', 'Theater Froe Froe', 'Laika', 'Studio Orka'];
const PUPPETS = ['Schele en de reus', 'Lange Wapper', 'De vier heemskinderen', 'Het geheim van het Steen', 'Pierke op avontuur'];
const DANCE_COMPANIES = ['Rosas', 'Eastman', 'Peeping Tom', 'Ultima Vez', 'Platform-K', 'Hiatus', 'Abattoir Fermé', 'Kabinet K', 'fABULEUS'];
const DANCE_TITLES = ['Zwerm', 'Getij', 'Nachtrit', 'Echo', 'Vloed', 'Zwaartekracht', 'Adem', 'Kantelpunt', 'Wervelwind', 'Het lichaam onthoudt', 'Lichtjaren', 'Grondtoon'];
const BALLETS = ['Het zwanenmeer', 'De notenkraker', 'Giselle', 'Coppélia', 'Romeo en Julia', 'Sleeping Beauty', 'Bolero / Sacre', 'Onegin'];

export const STAGE_LINES: ProgrammeLine[] = [
  {
    key: 'theatre-drama', type: 'theatre', weight: 26, themes: [T.theater], extraThemes: [T.literatuur, T.samenleving], genres: ['toneel'],
    venues: ['bourla', 'bourla', 'desingel', 'monty', 'arenberg', 'het-bos', 'theater-elckerlyc', 'stadsschouwburg', ...CC], calendar: 'run', season: 'indoor',
    price: price(12, 32, 0, 0.6),
    title: titles(['{company} – {play}', '{play}', '{play} ({company})'], { company: COMPANIES, play: PLAYS }),
    blurb: (r) => r.pick(['Een klassieker in een hedendaagse regie, scherp en speels.', 'Een ensemble acteurs zoekt wat deze tekst vandaag nog te zeggen heeft.', 'Repertoiretheater dat schuurt, met een nagesprek na de voorstelling.']),
  },
  {
    key: 'theatre-new', type: 'theatre', weight: 10, themes: [T.theater], extraThemes: [T.samenleving, T.relaties], genres: ['toneel', 'nieuw werk'],
    venues: ['het-bos', 'monty', 'zuiderpershuis', 'de-studio', 'bourla', ...CC], calendar: 'run', season: 'indoor', price: price(10, 22, 0.05),
    title: titles(['{person}: {t}', '{t} – {person}', '{t}'], { person: people, t: ['Thuisland', 'Wat we niet zeggen', 'Het laatste bal', 'Kaai 33', 'Moedertaal', 'Stilstand', 'De verhuizing', 'Nachtdienst', 'Grensgeval', 'Hier woonde ik'] }),
    blurb: (r) => r.pick(['Nieuw Vlaams theater over wie we zijn en waar we wonen.', 'Een jonge maker brengt een eerste avondvullende voorstelling.', 'Documentair theater, gebaseerd op gesprekken met Antwerpenaren.']),
  },
  {
    key: 'theatre-comedy', type: 'theatre', weight: 20, themes: [T.humor], genres: ['comedy', 'humor'], medium: 'experience', schemaType: 'ComedyEvent',
    venues: ['fakkelteater', 'arenberg', 'theater-elckerlyc', 'stadsschouwburg', 'koningin-elisabethzaal', 'lotto-arena', ...CC, ...CC], calendar: 'evening', season: 'indoor',
    price: price(15, 34, 0, 0.2),
    title: titles(['{person} – {show}', '{person}: {show}', 'Comedy Night met {person} en {person}'], { person: people, show: COMEDY }),
    blurb: (r) => r.pick(['Een nieuwe zaalshow vol herkenbare observaties.', 'Stand-upcomedy zonder taboes, met een scherpe blik op de stad.', 'Een avond lachen met een comedian die eerlijk durft te zijn.']),
  },
  {
    key: 'theatre-musical', type: 'theatre', weight: 7, themes: [T.musical], genres: ['musical'],
    venues: ['stadsschouwburg', 'stadsschouwburg', 'koningin-elisabethzaal', ...CC], calendar: 'run', season: 'indoor', price: price(25, 75, 0, 0.3),
    title: titles(['{m}', '{m} – de musical'], { m: MUSICALS }),
    blurb: () => 'Een grote musicalproductie met live orkest en een volledige cast.',
  },
  {
    key: 'theatre-opera', type: 'theatre', weight: 7, themes: [T.opera], extraThemes: [T.klassiek], genres: ['opera'], schemaType: 'MusicEvent', medium: 'listen',
    venues: ['opera-antwerpen', 'opera-antwerpen', 'opera-antwerpen', 'desingel', 'cc-berchem', 'cc-deurne'], calendar: 'run', season: 'indoor',
    price: price(18, 110, 0, 0.5),
    title: titles(['Opera Ballet Vlaanderen: {o}', '{o}'], { o: OPERAS }),
    blurb: (r) => r.pick(['Een nieuwe regie van een geliefde opera, gezongen in de originele taal met Nederlandse boventitels.', 'Opera met groot koor en orkest, in het mooiste theater van de stad.']),
  },
  {
    key: 'theatre-youth', type: 'theatre', weight: 12, themes: [T.theater], genres: ['jeugdtheater', 'familie'], audience: 'children', ages: [4, 12],
    venues: ['de-studio', 'de-studio', 'stadsschouwburg', ...CC], calendar: 'family', season: 'indoor', price: price(7, 14, 0, 0.3), tags: ['familie'],
    title: titles(['{t} ({company}) 6+', 'Familievoorstelling: {t}', '{company} – {t} 4+'], { t: KIDS_PLAYS, company: KIDS_COMPANIES }),
    blurb: (r) => r.pick(['Theater voor het hele gezin, met muziek en veel verbeelding.', 'Een bekend kinderboek komt tot leven op het podium.']),
  },
  {
    key: 'theatre-puppets', type: 'theatre', weight: 6, themes: [T.poppentheater], extraThemes: [T.erfgoed], genres: ['poppenspel', 'familie'], audience: 'children', ages: [3, 10],
    venues: ['poppenschouwburg-van-campen', 'poppenschouwburg-van-campen', 'permeke', 'bib-hoboken', 'bib-merksem', ...CC], calendar: 'family', season: 'all-year',
    price: price(5, 9, 0.15, 0), tags: ['familie'],
    title: titles(['Poppenkast: {t}', 'Poesje Mauw en {t}', 'Poppenspel: {t}'], { t: PUPPETS }),
    blurb: () => 'Traditioneel Antwerps poppenspel, met Schele en zijn vrienden.',
  },
  {
    key: 'theatre-school', type: 'theatre', weight: 4, themes: [T.theater], genres: ['schoolvoorstelling'], audience: 'education', ages: [8, 16],
    venues: ['de-studio', ...CC], calendar: 'school', season: 'indoor', price: price(6, 9, 0, 0),
    title: titles(['Schoolvoorstelling: {t}'], { t: [...KIDS_PLAYS, 'Grensgeval', 'Thuisland'] }),
    blurb: () => 'Een voorstelling voor scholen, met een nagesprek in de klas.',
  },
  {
    key: 'theatre-mime', type: 'theatre', weight: 3, themes: [T.mime], genres: ['bewegingstheater'],
    venues: ['monty', 'zuiderpershuis', 'desingel', ...CC], calendar: 'run', season: 'indoor', price: price(10, 20, 0),
    title: titles(['{person}: {t}'], { person: people, t: DANCE_TITLES }),
    blurb: () => 'Woordloos bewegingstheater, fysiek en poëtisch.',
  },
  {
    key: 'theatre-circus', type: 'theatre', weight: 5, themes: [T.circus], genres: ['circus', 'familie'],
    venues: ['zuiderpershuis', 'stadspark', 'park-spoor-noord', ...CC], calendar: 'family', season: 'all-year', price: price(8, 18, 0.1),
    title: titles(['{c}: {t}', 'Circusvoorstelling: {t}'], { c: ['Circus Ronaldo', 'Cirq\'ulation Locale', 'Compagnie Scheldevlek', 'Circusplaneet'], t: ['Luchtspiegeling', 'Evenwicht', 'Hoog spel', 'Vallen en opstaan', 'Jongleurs van de kaai'] }),
    blurb: () => 'Hedendaags circus met acrobatie, jongleren en een flinke dosis humor.',
  },
  {
    key: 'dance-contemporary', type: 'dance', weight: 45, themes: [T.moderneDans], genres: ['hedendaagse dans'],
    venues: ['desingel', 'desingel', 'monty', 'zuiderpershuis', 'theater-t-eilandje', 'het-bos', ...CC], calendar: 'run', season: 'indoor',
    price: price(12, 30, 0, 0.6),
    title: titles(['{company} – {t}', '{t} ({company})', '{person}: {t}'], { company: DANCE_COMPANIES, t: DANCE_TITLES, person: people }),
    blurb: (r) => r.pick(['Hedendaagse dans van een gezelschap dat internationaal toert.', 'Een choreografie waarin lichaam en muziek samenvallen.', 'Dansers zoeken de grenzen van het lichaam op, met live muziek.']),
  },
  {
    key: 'dance-ballet', type: 'dance', weight: 25, themes: [T.ballet], genres: ['ballet'],
    venues: ['opera-antwerpen', 'opera-antwerpen', 'stadsschouwburg', 'koningin-elisabethzaal'], calendar: 'run', season: 'indoor',
    price: price(18, 75, 0, 0.5),
    title: titles(['Opera Ballet Vlaanderen: {b}', '{b}'], { b: BALLETS }),
    blurb: () => 'Klassiek ballet met een groot corps de ballet en live orkest.',
  },
  {
    key: 'dance-world', type: 'dance', weight: 15, themes: [T.volksdans], extraThemes: [T.intercultureel], genres: ['werelddans'],
    venues: ['zuiderpershuis', 'zuiderpershuis', 'cc-borgerhout', 'cc-hoboken', 'cc-merksem', 'de-roma'], calendar: 'evening', season: 'indoor',
    price: price(8, 22, 0.15),
    title: titles(['Flamenco: {t}', 'Bal folk met {person}', 'Afro-urban: {t}', 'Bharatanatyam: {t}'], { t: DANCE_TITLES, person: people }),
    blurb: () => 'Dans uit een levende traditie, vol ritme en energie.',
  },
  {
    key: 'dance-ballroom', type: 'dance', weight: 15, themes: [T.salondans], genres: ['stijldansen'],
    venues: [...CC, 'zuiderpershuis'], calendar: 'matinee', season: 'indoor', price: price(5, 12, 0.2, 0.3),
    title: titles(['Thé dansant met {person}', 'Tangosalon', 'Dansnamiddag met live orkest', 'Milonga in het cultuurcentrum'], { person: people }),
    blurb: () => 'Een dansnamiddag voor wie graag de dansvloer op gaat, alleen of met twee.',
  },
];
