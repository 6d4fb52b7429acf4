import { z } from 'zod';
import { Activity } from './activity.ts';
import { Book } from './book.ts';

export const CatalogItem = z.discriminatedUnion('kind', [Book, Activity]);
export type CatalogItem = z.infer<typeof CatalogItem>;
export type CatalogItemKind = CatalogItem['kind'];

/** All schema.org types an item may carry. */
export type CatalogSchemaType = CatalogItem['schemaType'];
