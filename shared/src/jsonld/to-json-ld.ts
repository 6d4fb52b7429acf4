import { VERWONDER_CONTEXT } from './verwonder-context.ts';

/** The `@type` each kind of model object gets in its JSON-LD form. */
export const JSON_LD_TYPES = {
  record: 'CulturalRecord',
  grant: 'ConsentGrant',
  audit: 'AuditEntry',
  suggestion: 'Suggestion',
  feedback: 'Feedback',
  category: 'DataCategory',
  venue: 'Place',
  persona: 'Person',
} as const;

export type JsonLdDocument = { '@context': typeof VERWONDER_CONTEXT; '@type': string } & Record<
  string,
  unknown
>;

/**
 * Wraps a parsed model object as a JSON-LD document with the inline context. No network is ever
 * needed to read it: the context travels with the document.
 */
export function toJsonLd(type: string, value: object): JsonLdDocument {
  return { '@context': VERWONDER_CONTEXT, '@type': type, ...value };
}

/** Removes the JSON-LD envelope again, leaving the model object. */
export function stripJsonLd(document: Record<string, unknown>): Record<string, unknown> {
  const { '@context': _context, '@type': _type, ...rest } = document;
  return rest;
}
