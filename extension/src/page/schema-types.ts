/**
 * The schema.org types the extension recognises on a page, and what kind of item each is.
 * Types arrive as "Book", "schema:Book" or "https://schema.org/Book"; `schemaTypeName` strips that.
 */
import { ACTIVITY_SCHEMA_TYPES } from '@verwonder/shared/catalog/activity-schema-types.ts';

export type ItemKind = 'book' | 'event' | 'exhibition' | 'creative-work';

/**
 * Event and its schema.org subtypes: the catalogue's activity types (shared, zod-free) and three more
 * a page may use. ExhibitionEvent is treated as its own kind.
 */
const EVENT_TYPES = [
  ...ACTIVITY_SCHEMA_TYPES.filter((type) => type !== 'ExhibitionEvent'),
  'BusinessEvent',
  'EventSeries',
  'PublicationEvent',
];

const CREATIVE_WORK_TYPES = ['CreativeWork', 'Movie', 'MusicAlbum', 'VisualArtwork'] as const;

const KIND_BY_TYPE: ReadonlyMap<string, ItemKind> = new Map<string, ItemKind>([
  ['Book', 'book'],
  ['ExhibitionEvent', 'exhibition'],
  ...EVENT_TYPES.map((type) => [type, 'event'] as const),
  ...CREATIVE_WORK_TYPES.map((type) => [type, 'creative-work'] as const),
]);

const SCHEMA_PREFIX = /^(?:https?:\/\/schema\.org\/|schema:)/i;

/** "https://schema.org/Book" -> "Book"; anything else is returned trimmed. */
export function schemaTypeName(type: string): string {
  return type.trim().replace(SCHEMA_PREFIX, '');
}

/** The kind of the first supported type among `types`, or undefined when none is supported. */
export function itemKindOf(types: readonly string[]): { type: string; kind: ItemKind } | undefined {
  for (const raw of types) {
    const type = schemaTypeName(raw);
    const kind = KIND_BY_TYPE.get(type);
    if (kind) return { type, kind };
  }
  return undefined;
}

/** The `@type` names of an unparsed node (strings only: anything else fails the parse anyway). */
export function nodeTypeNames(input: unknown): string[] {
  if (typeof input !== 'object' || input === null) return [];
  const type = (input as { '@type'?: unknown })['@type'];
  if (typeof type === 'string') return [type];
  return Array.isArray(type) ? type.filter((name): name is string => typeof name === 'string') : [];
}
