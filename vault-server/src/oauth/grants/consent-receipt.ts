import { randomUUID } from 'node:crypto';
import {
  dataCategory,
  purposeIri,
  PURPOSE_LABELS,
  toOdrlPolicy,
  type Language,
} from '@verwonder/shared';
import type { ClientMetadata } from '../clients/client-metadata.ts';
import { scopeText } from '../server/scope-text.ts';
import type { OAuthGrant } from '../store/oauth-store.ts';
import { toConsentGrant } from './grant-service.ts';

/**
 * A consent receipt with the fields of the Kantara Consent Receipt Specification 1.1 (the basis of
 * ISO/IEC 27560), plus the grant as an ODRL policy. Controller details come from the client's
 * metadata document when it can still be fetched.
 */
export function consentReceipt(
  grant: OAuthGrant,
  client: ClientMetadata | undefined,
  lang: Language,
  issuedAt = new Date(),
) {
  const categories = [
    ...new Set(
      grant.scopes.flatMap((scope) => scopeText(scope, lang, grant.rankCategories).categories),
    ),
  ];
  const sensitive = categories.filter((id) => dataCategory(id).sensitivity === 'high');
  const contact = client?.contacts?.[0] ?? grant.clientId;
  return {
    version: 'KI-CR-v1.1.0',
    jurisdiction: 'BE',
    consentTimestamp: Math.floor(Date.parse(grant.createdAt) / 1000),
    collectionMethod: {
      nl: 'Toestemmingspagina van de Verwonder-kluis, na aanmelden met een passkey',
      en: 'Consent page of the Verwonder vault, after signing in with a passkey',
    }[lang],
    consentReceiptID: randomUUID(),
    language: lang,
    piiPrincipalId: grant.webId,
    piiControllers: [
      {
        piiController: grant.clientName,
        onBehalf: false,
        contact,
        address: { addressCountry: 'BE' },
        email: contact.includes('@') ? contact.replace(/^mailto:/, '') : '',
        phone: '',
        piiControllerUrl: client?.client_uri ?? new URL(grant.clientId).origin,
      },
    ],
    policyUrl: client?.policy_uri ?? grant.clientId,
    services: [
      {
        service: grant.clientName,
        purposes: [
          {
            purpose: PURPOSE_LABELS[grant.purpose][lang],
            purposeCategory: [purposeIri(grant.purpose)],
            consentType: 'EXPLICIT',
            piiCategory: categories.map((id) => dataCategory(id).label[lang]),
            primaryPurpose: true,
            termination: grant.revokedAt
              ? { nl: `Ingetrokken op ${grant.revokedAt}`, en: `Revoked on ${grant.revokedAt}` }[
                  lang
                ]
              : {
                  nl: `Loopt tot ${grant.expiresAt} of tot je intrekt`,
                  en: `Runs until ${grant.expiresAt} or until you revoke it`,
                }[lang],
            thirdPartyDisclosure: false,
          },
        ],
      },
    ],
    sensitive: sensitive.length > 0,
    spiCat: sensitive.map((id) => dataCategory(id).label[lang]),
    // Beyond CR 1.1: the machine-readable grant and its state, as issued at this moment.
    iat: Math.floor(issuedAt.getTime() / 1000),
    scopes: grant.scopes,
    grant: toConsentGrant(grant),
    policy: toOdrlPolicy(toConsentGrant(grant)),
  };
}
