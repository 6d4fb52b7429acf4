/**
 * One cultural item found on a page (a book, an event, an exhibition, a creative work), normalised
 * from JSON-LD or microdata. Page content is untrusted: every field here came through
 * `PageNodeSchema` and `toPageItem`, and is only ever shown as text.
 */
import {
  array,
  looseObject,
  number,
  optional,
  string,
  union,
  unknown,
  type infer as Infer,
} from 'zod/mini';

import { itemFacts, type ItemFacts } from './item-facts.ts';
import { MAX_ITEM_LIST, MAX_TEXT, MAX_URL } from './page-limits.ts';
import { savesOf } from './saves-count.ts';
import { itemKindOf, nodeTypeNames, type ItemKind } from './schema-types.ts';

const Text = union([string(), number()]);
const Named = looseObject({ name: optional(Text) });
const Term = looseObject({ name: optional(Text), termCode: optional(Text) });
const Identifier = union([Text, looseObject({ value: optional(Text) })]);
const TextOrNamed = union([Text, Named]);
const TextOrTerm = union([Text, Term]);

/** The fields read from a JSON-LD node or a microdata item; everything else is ignored. */
export const PageNodeSchema = looseObject({
  '@type': union([string(), array(string())]),
  '@id': optional(string()),
  identifier: optional(union([Identifier, array(Identifier)])),
  name: optional(union([Text, array(Text)])),
  url: optional(union([string(), array(string())])),
  description: optional(union([Text, array(Text)])),
  author: optional(union([TextOrNamed, array(TextOrNamed)])),
  genre: optional(union([Text, array(Text)])),
  keywords: optional(union([Text, array(Text)])),
  about: optional(union([TextOrTerm, array(TextOrTerm)])),
  startDate: optional(union([Text, array(Text)])),
  location: optional(union([TextOrNamed, array(TextOrNamed)])),
  additionalType: optional(union([string(), array(string())])),
  /** How many rated it: the page's own word for popularity (the baseline slots use it). */
  aggregateRating: optional(
    looseObject({ ratingCount: optional(Text), reviewCount: optional(Text) }),
  ),
  /** How many saved it (an event's popularity): checked by savesOf, so a bad one drops no item. */
  interactionStatistic: optional(unknown()),
});
export type PageNode = Infer<typeof PageNodeSchema>;

export interface PageTerm {
  name: string;
  /** A taxonomy code (UiT theme id) when the page gives one. */
  code?: string;
}

export interface PageItem {
  id: string;
  type: string;
  kind: ItemKind;
  name: string;
  url?: string;
  description?: string;
  authors: string[];
  genres: string[];
  keywords: string[];
  themes: PageTerm[];
  startDate?: string;
  location?: string;
  /** The UiTdatabank event type id, from an `additionalType` taxonomy URL. */
  eventTypeId?: string;
  /** How many people rated it (`aggregateRating.ratingCount`), when the page says. */
  popularity?: number;
  /** How many people saved it (`interactionStatistic`, a BookmarkAction counter), when the page says. */
  saves?: number;
  /** Place, price and organiser, when the page states them (ranking's page signals). */
  facts?: ItemFacts;
}

const many = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** Collapses whitespace and cuts to MAX_TEXT characters. */
export function cleanText(value: string | number | undefined): string {
  if (value === undefined) return '';
  // Cut before collapsing: descriptions can run to many kilobytes, and only MAX_TEXT is kept.
  const text = String(value)
    .slice(0, MAX_TEXT * 4)
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

const texts = (values: readonly (string | number)[]) =>
  values.map(cleanText).filter((text) => text.length > 0);

const nameOf = (value: string | number | { name?: string | number | undefined }) =>
  typeof value === 'object' ? cleanText(value.name) : cleanText(value);

/** Only absolute http(s) URLs, resolved against the page; anything else (javascript:, data:) is dropped. */
export function safeUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.href.length <= MAX_URL ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const UIT_TERM = /^https?:\/\/taxonomy\.uitdatabank\.be\/terms\/([\w.-]{1,64})$/;

/** The UiT event type id of the first `additionalType` that is a UiTdatabank term URL. */
function eventTypeOf(node: PageNode): string | undefined {
  for (const type of many(node.additionalType)) {
    const match = UIT_TERM.exec(type.trim());
    if (match?.[1]) return match[1];
  }
  return undefined;
}

/** A non-negative whole count from a page field ("1234" or 1234), else undefined. */
function countOf(value: string | number | undefined): number | undefined {
  const count = typeof value === 'number' ? value : Number(String(value ?? '').trim() || NaN);
  return Number.isSafeInteger(count) && count >= 0 ? count : undefined;
}

/** The item's stable id: `identifier`, else `@id`, else its URL. */
function idOf(node: PageNode, url: string | undefined): string | undefined {
  for (const identifier of many(node.identifier)) {
    const id = cleanText(typeof identifier === 'object' ? identifier.value : identifier);
    if (id) return id;
  }
  return cleanText(node['@id']) || url;
}

/** Parses an untrusted node; undefined when it is not a supported item or lacks an id or name. */
export function toPageItem(input: unknown, baseUrl: string): PageItem | undefined {
  // A first look before the parse: containers (ItemList, ListItem) and other types are most of a
  // list page's nodes, and the schema would accept them only for itemKindOf to drop them.
  if (!itemKindOf(nodeTypeNames(input))) return undefined;
  const parsed = PageNodeSchema.safeParse(input);
  if (!parsed.success) return undefined;
  const node = parsed.data;
  const kind = itemKindOf(many(node['@type']));
  const name = texts(many(node.name))[0];
  const url = safeUrl(many(node.url)[0], baseUrl);
  const id = idOf(node, url);
  if (!kind || !name || !id) return undefined;
  const item: PageItem = {
    id,
    type: kind.type,
    kind: kind.kind,
    name,
    authors: many(node.author).map(nameOf).filter(Boolean).slice(0, MAX_ITEM_LIST),
    genres: texts(many(node.genre)).slice(0, MAX_ITEM_LIST),
    keywords: many(node.keywords)
      .flatMap((k) => texts(String(k).split(',')))
      .slice(0, MAX_ITEM_LIST),
    themes: many(node.about)
      .flatMap((about): PageTerm[] => {
        const term = typeof about === 'object' ? about : { name: about };
        const termName = cleanText(term.name);
        const code = 'termCode' in term ? cleanText(term.termCode) : '';
        return termName ? [code ? { name: termName, code } : { name: termName }] : [];
      })
      .slice(0, MAX_ITEM_LIST),
  };
  if (url) item.url = url;
  const description = texts(many(node.description))[0];
  if (description) item.description = description;
  const startDate = texts(many(node.startDate))[0];
  if (startDate) item.startDate = startDate;
  const location = many(node.location).map(nameOf).find(Boolean);
  if (location) item.location = location;
  const eventTypeId = eventTypeOf(node);
  if (eventTypeId) item.eventTypeId = eventTypeId;
  const popularity = countOf(
    node.aggregateRating?.ratingCount ?? node.aggregateRating?.reviewCount,
  );
  if (popularity !== undefined) item.popularity = popularity;
  const saves = savesOf(node.interactionStatistic);
  if (saves !== undefined) item.saves = saves;
  const facts = itemFacts(node);
  if (facts) item.facts = facts;
  return item;
}
