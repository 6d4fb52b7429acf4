import { JSON_LD_TYPES, VERWONDER_CONTEXT, type CulturalRecord } from '@verwonder/shared';

const LDP = 'http://www.w3.org/ns/ldp#';

/** The media types of records and containers: the same JSON-LD document either way. */
export const JSON_TYPES = ['application/ld+json', 'application/json'];

export const podUrl = (base: string, pod: string): string => `${base}/pods/${pod}/`;
export const containerUrl = (base: string, pod: string, category: string): string =>
  `${base}/pods/${pod}/${category}/`;
export const recordUrl = (base: string, pod: string, category: string, id: string): string =>
  `${base}/pods/${pod}/${category}/${id}`;

/** A record as a JSON-LD node (no context: used inside a container or an export). */
export function recordNode(
  base: string,
  pod: string,
  record: CulturalRecord,
): Record<string, unknown> {
  return {
    '@id': recordUrl(base, pod, record.category, record.id),
    '@type': JSON_LD_TYPES.record,
    ...record,
  };
}

export function recordDocument(
  base: string,
  pod: string,
  record: CulturalRecord,
): Record<string, unknown> {
  return { '@context': VERWONDER_CONTEXT, ...recordNode(base, pod, record) };
}

const CONTEXT_JSON = JSON.stringify(VERWONDER_CONTEXT);

/** `recordDocument` serialised, with the (constant, 3 kB) context stringified once per process. */
export function recordDocumentJson(base: string, pod: string, record: CulturalRecord): string {
  return `{"@context":${CONTEXT_JSON},${JSON.stringify(recordNode(base, pod, record)).slice(1)}`;
}

/**
 * A page of an LDP basic container; `next` is the URL of the following page, if any. `personalised`
 * false: the owner keeps this category out of personalisation, so a client ranking for the person
 * (the extension) leaves these records out.
 */
export function containerDocument(
  base: string,
  pod: string,
  category: string,
  records: CulturalRecord[],
  next: string | undefined,
  personalised = true,
  /** With the owner's search: how many records the vault looked through for this page. */
  searched?: number,
): Record<string, unknown> {
  return {
    '@context': [
      VERWONDER_CONTEXT,
      {
        ldp: LDP,
        contains: { '@id': 'ldp:contains', '@container': '@set' },
        next: { '@id': 'ldp:pageSequence', '@type': '@id' },
        personalised: 'vw:personalised',
        ...(searched === undefined ? {} : { searched: 'vw:searched' }),
      },
    ],
    '@id': containerUrl(base, pod, category),
    '@type': ['ldp:Container', 'ldp:BasicContainer'],
    personalised,
    contains: records.map((record) => recordNode(base, pod, record)),
    ...(next ? { next } : {}),
    ...(searched === undefined ? {} : { searched }),
  };
}
