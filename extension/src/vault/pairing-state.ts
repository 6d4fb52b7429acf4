/**
 * What pairing leaves behind. The status (no secret, pairing-status.ts) is in storage.local for the
 * options page and popup; the tokens and the DPoP key are in IndexedDB only; the pending request
 * (PKCE verifier, state) in storage.session, so a browser restart forgets a half-finished pairing.
 */
import {
  array,
  custom,
  literal,
  number,
  object,
  optional,
  string,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

export {
  ACCESS_ENDED,
  isPaired,
  ISSUER_MISMATCH,
  PAIRING_STATUS_KEY,
  PairingStatusSchema,
  parsePairingStatus,
  readPairingStatus,
  type PairingStatus,
} from './pairing-status.ts';

export const PENDING_PAIRING_KEY = 'verwonder/pending-pairing';
/** IndexedDB keys. */
export const SESSION_DB_KEY = 'vault-session';
export const PENDING_KEY_DB_KEY = 'pending-dpop-key';

export const PendingPairingSchema = strictObject({
  issuer: string(),
  clientId: string(),
  redirectUri: string(),
  tokenEndpoint: string(),
  state: string(),
  verifier: string(),
  tabId: optional(number()),
});
export type PendingPairing = Infer<typeof PendingPairingSchema>;

const KeyPairSchema = custom<CryptoKeyPair>(
  (value) =>
    typeof value === 'object' &&
    value !== null &&
    'privateKey' in value &&
    value.privateKey instanceof CryptoKey &&
    'publicKey' in value &&
    value.publicKey instanceof CryptoKey,
);

/** The paired vault: endpoints, tokens (DPoP-bound to `key`), what the grant allows. */
export const VaultSessionSchema = strictObject({
  issuer: string(),
  clientId: string(),
  tokenEndpoint: string(),
  /** The pod's storage root, e.g. http://localhost:4800/pods/lotte/ */
  storage: string(),
  webid: string(),
  scopes: array(string()),
  accessToken: string(),
  /** Epoch milliseconds. */
  accessExpiresAt: number(),
  refreshToken: optional(string()),
  key: KeyPairSchema,
});
export type VaultSession = Infer<typeof VaultSessionSchema>;

/** The token endpoint's answer (RFC 6749 §5.1 + RFC 9449 + the vault's webid/storage); other members ignored. */
export const TokenResponseSchema = object({
  access_token: string(),
  token_type: literal('DPoP'),
  expires_in: number(),
  refresh_token: optional(string()),
  scope: string(),
  webid: string(),
  storage: string(),
});
export type TokenResponse = Infer<typeof TokenResponseSchema>;

/** RFC 8414 metadata, the members the extension uses. */
export const ServerMetadataSchema = object({
  issuer: string(),
  authorization_endpoint: string(),
  token_endpoint: string(),
  revocation_endpoint: optional(string()),
  pushed_authorization_request_endpoint: optional(string()),
});
