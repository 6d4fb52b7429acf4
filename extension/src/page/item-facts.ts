/**
 * What a page says about an item besides its content: where it happens (the place's id, name and
 * coordinates), what it costs (the lowest offer), who organises it. Ranking weighs these against
 * the person's history (`ranking/page-signals.ts`). Page content is untrusted: parsed with zod/mini,
 * numbers must be finite and in range, texts are cut; anything else is simply not a fact.
 */
import {
  array,
  boolean,
  looseObject,
  number,
  optional,
  string,
  union,
  type infer as Infer,
} from 'zod/mini';

export interface ItemFacts {
  /** The place: its id (`identifier` or `@id`), name and, when given, coordinates. */
  venue?: { id?: string; name?: string; geo?: { latitude: number; longitude: number } };
  /** The lowest price in euro (0 when free). */
  priceEur?: number;
  organizer?: string;
}

const Text = union([string(), number()]);
const Num = union([number(), string()]);
const Geo = looseObject({ latitude: optional(Num), longitude: optional(Num) });
const Place = looseObject({
  '@id': optional(string()),
  identifier: optional(Text),
  name: optional(Text),
  geo: optional(union([Geo, array(Geo)])),
});
const Offer = looseObject({ price: optional(Num), priceCurrency: optional(string()) });
const Named = union([Text, looseObject({ name: optional(Text) })]);

const FactsSchema = looseObject({
  location: optional(union([Text, Place, array(union([Text, Place]))])),
  offers: optional(union([Offer, array(Offer)])),
  isAccessibleForFree: optional(union([boolean(), string()])),
  organizer: optional(union([Named, array(Named)])),
});
type FactsNode = Infer<typeof FactsSchema>;

/** Most offers looked at (a hostile page can list thousands). */
const MAX_OFFERS = 20;
const MAX_PRICE = 10_000;

/** Collapsed whitespace, at most 200 characters (a name or an id, never a description). */
function cleanText(value: string | number | undefined): string {
  if (value === undefined) return '';
  return String(value).slice(0, 800).replace(/\s+/g, ' ').trim().slice(0, 200);
}

const many = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** A finite number from a number or a plain decimal string ("12.5", "12,50"), else undefined. */
function toNumber(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'number' ? String(value) : value.trim().replace(',', '.');
  if (!/^-?\d{1,7}(\.\d{1,8})?$/.test(text)) return undefined;
  const number = Number(text);
  return Number.isFinite(number) ? number : undefined;
}

function geoOf(place: Infer<typeof Place>): { latitude: number; longitude: number } | undefined {
  for (const geo of many(place.geo)) {
    const latitude = toNumber(geo.latitude);
    const longitude = toNumber(geo.longitude);
    if (
      latitude !== undefined &&
      longitude !== undefined &&
      Math.abs(latitude) <= 90 &&
      Math.abs(longitude) <= 180 &&
      !(latitude === 0 && longitude === 0)
    )
      return { latitude, longitude };
  }
  return undefined;
}

function venueOf(node: FactsNode): ItemFacts['venue'] {
  for (const place of many(node.location)) {
    if (typeof place !== 'object') {
      const name = cleanText(place);
      if (name) return { name };
      continue;
    }
    const id = cleanText(place.identifier) || cleanText(place['@id']);
    const name = cleanText(place.name);
    const geo = geoOf(place);
    if (!id && !name && !geo) continue;
    return { ...(id ? { id } : {}), ...(name ? { name } : {}), ...(geo ? { geo } : {}) };
  }
  return undefined;
}

function priceOf(node: FactsNode): number | undefined {
  const free = node.isAccessibleForFree;
  if (free === true || (typeof free === 'string' && free.trim().toLowerCase() === 'true')) return 0;
  const prices = many(node.offers)
    .slice(0, MAX_OFFERS)
    .filter((offer) => !offer.priceCurrency || offer.priceCurrency.trim().toUpperCase() === 'EUR')
    .map((offer) => toNumber(offer.price))
    .filter((price): price is number => price !== undefined && price >= 0 && price <= MAX_PRICE);
  return prices.length > 0 ? Math.min(...prices) : undefined;
}

/** The facts of an untrusted node; undefined when it states none. */
export function itemFacts(input: unknown): ItemFacts | undefined {
  const parsed = FactsSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const node = parsed.data;
  const facts: ItemFacts = {};
  const venue = venueOf(node);
  if (venue) facts.venue = venue;
  const priceEur = priceOf(node);
  if (priceEur !== undefined) facts.priceEur = priceEur;
  const organizer = many(node.organizer)
    .map((entry) => (typeof entry === 'object' ? cleanText(entry.name) : cleanText(entry)))
    .find(Boolean);
  if (organizer) facts.organizer = organizer;
  return Object.keys(facts).length > 0 ? facts : undefined;
}
