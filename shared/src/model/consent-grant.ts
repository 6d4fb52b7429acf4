import { z } from 'zod';
import type { DataCategoryId } from './data-category.ts';
import { Purpose } from './purpose.ts';
import { Scope, scopeCategory } from './scope.ts';

/**
 * What a person approved for one site: scopes, one purpose, an end date. Stored as an ODRL-style
 * permission (see `toOdrlPolicy`), listed, revocable; revocation takes effect on the next request.
 */
export const ConsentGrant = z
  .object({
    /**
     * The vault makes ids of base64url characters (`randomToken`); only those are taken back, so no
     * NUL byte or lone surrogate reaches a text column (PostgreSQL refuses NUL: a restore's 500).
     */
    id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/, 'letters, digits, - and _ only'),
    /** The pod's WebID-like identifier, e.g. `http://127.0.0.1:4800/pods/anna/profile#me`. */
    webId: z.url(),
    /** The URL of the client's Client ID Metadata Document (Solid-OIDC style). */
    clientId: z.url(),
    clientName: z.string().min(1).max(200),
    scopes: z.array(Scope).min(1),
    purpose: Purpose,
    createdAt: z.iso.datetime({ offset: true }),
    expiresAt: z.iso.datetime({ offset: true }),
    revokedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict()
  .refine((grant) => grant.expiresAt > grant.createdAt, {
    message: 'a grant must end after it starts',
    path: ['expiresAt'],
  });
export type ConsentGrant = z.infer<typeof ConsentGrant>;

export function isGrantActive(grant: ConsentGrant, now: Date = new Date()): boolean {
  return grant.revokedAt === undefined && Date.parse(grant.expiresAt) > now.getTime();
}

/** The categories whose records a grant lets the client touch. */
export function grantCategories(grant: Pick<ConsentGrant, 'scopes'>): DataCategoryId[] {
  const categories = grant.scopes.flatMap((scope) => scopeCategory(scope)?.category ?? []);
  return [...new Set(categories)];
}

/** The grant as an ODRL policy with a DPV purpose constraint, the form a consent receipt quotes. */
export function toOdrlPolicy(grant: ConsentGrant): Record<string, unknown> {
  return {
    '@context': ['http://www.w3.org/ns/odrl.jsonld', { dpv: 'https://w3id.org/dpv#' }],
    '@type': 'Agreement',
    uid: `urn:verwonder:grant:${grant.id}`,
    assigner: grant.webId,
    assignee: grant.clientId,
    permission: grant.scopes.map((scope) => {
      const target = scopeCategory(scope);
      return {
        target: target
          ? `${grant.webId.replace(/profile#me$/, '')}${target.category}/`
          : `urn:verwonder:scope:${scope}`,
        action: target ? (target.access === 'read' ? 'read' : 'modify') : 'use',
        constraint: [
          { leftOperand: 'purpose', operator: 'eq', rightOperand: { '@id': grant.purpose } },
          {
            leftOperand: 'dateTime',
            operator: 'lt',
            rightOperand: { '@value': grant.expiresAt, '@type': 'xsd:dateTime' },
          },
        ],
      };
    }),
  };
}
