/**
 * The JSON-LD context of every document the project produces: schema.org for cultural items, W3C
 * DPV for purposes and data categories, and a small Verwonder vocabulary for the rest.
 *
 * Arrays are `@list` containers: a JSON-LD set would drop empty arrays and reorder values, and the
 * model's documents must compact back to exactly what they were.
 */
export const VERWONDER_NS = 'https://w3id.org/verwonder/ns#';

const list = (id: string) => ({ '@id': id, '@container': '@list' });
const dateTime = (id: string) => ({ '@id': id, '@type': 'xsd:dateTime' });

/** Keys whose values are arrays anywhere in the model; each must be a list container. */
export const LIST_TERMS = [
  'attendance',
  'authors',
  'categories',
  'dayOfWeek',
  'explanations',
  'genres',
  'loans',
  'media',
  'openingHours',
  'recordIds',
  'scopes',
  'statedInterests',
  'subEvents',
  'tags',
  'termIds',
  'themeIds',
  'themes',
  'otherSuggestedTermIds',
  'weights',
] as const;

/** schema.org types that model objects and catalogue items carry as `@type`. */
export const SCHEMA_ORG_TYPES = [
  'Book',
  'Event',
  'ExhibitionEvent',
  'ScreeningEvent',
  'TheaterEvent',
  'MusicEvent',
  'DanceEvent',
  'EducationEvent',
  'ComedyEvent',
  'ChildrensEvent',
  'SocialEvent',
  'SaleEvent',
  'SportsEvent',
  'FoodEvent',
  'Festival',
  'Place',
  'Person',
] as const;

const SCHEMA_TYPES = Object.fromEntries(SCHEMA_ORG_TYPES.map((type) => [type, `schema:${type}`]));

const vocabularyLists = Object.fromEntries(LIST_TERMS.map((term) => [term, list(`vw:${term}`)]));

export const VERWONDER_CONTEXT = {
  '@version': 1.1,
  '@vocab': VERWONDER_NS,
  vw: VERWONDER_NS,
  schema: 'https://schema.org/',
  dpv: 'https://w3id.org/dpv#',
  pd: 'https://w3id.org/dpv/pd#',
  odrl: 'http://www.w3.org/ns/odrl/2/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcterms: 'http://purl.org/dc/terms/',
  // types
  ...SCHEMA_TYPES,
  // schema.org properties
  ...vocabularyLists,
  authors: list('schema:author'),
  genres: list('schema:genre'),
  tags: list('schema:keywords'),
  subEvents: list('schema:subEvent'),
  // schema:name is taken by `name` (venues, people, clients); a work's title is Dublin Core's.
  title: 'dcterms:title',
  // A book's title in its first edition (often another language): an alias of the work.
  originalTitle: 'schema:alternateName',
  name: 'schema:name',
  description: 'schema:description',
  url: 'schema:url',
  isbn: 'schema:isbn',
  year: 'schema:copyrightYear',
  language: 'schema:inLanguage',
  coverUrl: 'schema:image',
  latitude: 'schema:latitude',
  longitude: 'schema:longitude',
  geo: 'schema:geo',
  address: 'schema:address',
  postalCode: 'schema:postalCode',
  email: 'schema:email',
  startDate: 'schema:startDate',
  endDate: 'schema:endDate',
  opens: 'schema:opens',
  closes: 'schema:closes',
  venue: 'schema:location',
  provider: 'schema:provider',
  audience: 'schema:audience',
  price: 'schema:offers',
  // DPV and time
  purpose: { '@id': 'dpv:hasPurpose', '@type': '@id' },
  dpvCategory: { '@id': 'dpv:hasPersonalData', '@type': '@id' },
  time: dateTime('vw:time'),
  // null means "kept until the person deletes it": a JSON literal keeps the null through expansion.
  defaultRetentionDays: { '@id': 'vw:defaultRetentionDays', '@type': '@json' },
  createdAt: dateTime('schema:dateCreated'),
  expiresAt: dateTime('dpv:hasExpiryTime'),
  revokedAt: dateTime('vw:revokedAt'),
} as const;

export type VerwonderContext = typeof VERWONDER_CONTEXT;
