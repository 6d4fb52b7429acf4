import type { Random } from '../random.ts';

/** Invented people: first and last names common in Antwerp, combined at random. */
export const FIRST_NAMES = [
  'An', 'Anouk', 'Bart', 'Bram', 'Charlotte', 'Dirk', 'Els', 'Emma', 'Femke', 'Fatima', 'Geert',
  'Hanne', 'Hilde', 'Ilse', 'Jan', 'Jasper', 'Jef', 'Joke', 'Karim', 'Katrien', 'Kobe', 'Lien',
  'Lotte', 'Marieke', 'Mehdi', 'Nadia', 'Nele', 'Nina', 'Pieter', 'Roel', 'Sander', 'Sara', 'Sofie',
  'Stijn', 'Tine', 'Tom', 'Vincent', 'Wout', 'Yasmina', 'Zeynep', 'Amir', 'Ruth', 'Ines', 'Lucas',
  'Mira', 'Thomas', 'Elke', 'Karel', 'Leen', 'Youssef',
] as const;

export const LAST_NAMES = [
  'Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters',
  'De Smet', 'Dubois', 'Van den Broeck', 'Hermans', 'Aerts', 'Van Dyck', 'De Backer', 'Vermeulen',
  'Verstraeten', 'Van Damme', 'Lambrechts', 'El Amrani', 'Yilmaz', 'Cools', 'Smets', 'Verhoeven',
  'De Wit', 'Van Hove', 'Nuyts', 'Bogaerts', 'Michiels', 'Van Camp', 'Desmet', 'Benali', 'Kaya',
  'Stevens', 'Geerts', 'Vos', 'Segers', 'Van Looy', 'De Ridder',
] as const;

export function personName(r: Random): string {
  return `${r.pick(FIRST_NAMES)} ${r.pick(LAST_NAMES)}`;
}

/** Expands to many invented names, for use as a slot list. */
export function personNames(r: Random, n: number): string[] {
  return Array.from({ length: n }, () => personName(r));
}
