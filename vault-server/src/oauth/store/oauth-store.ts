import type { DataCategoryId, Purpose, Scope } from '@verwonder/shared';

/** What a person approved for one client, with the state the authorization server keeps about it. */
export interface OAuthGrant {
  id: string;
  pod: string;
  webId: string;
  clientId: string;
  clientName: string;
  scopes: Scope[];
  purpose: Purpose;
  /** The categories `suggestions:rank` may rank over (empty without that scope). */
  rankCategories: DataCategoryId[];
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  /** Why: `owner`, `client` (RFC 7009), `refresh-token-reuse`, `code-replay`. */
  revokedReason: string | null;
  /**
   * The redirect URI of the request the person approved: while the grant is active, the vault sends
   * a bad request from this client there without asking (RFC 9700 §4.11.2). Absent on older grants.
   */
  redirectUri?: string;
  damaged?: never;
}

/**
 * A stored grant row that does not parse (another version wrote it, or a hand edit): it gives no
 * access, the owner sees it flagged and can still revoke it. Its texts are as stored, unchecked.
 */
export interface DamagedGrant {
  damaged: true;
  id: string;
  pod: string;
  clientId: string;
  clientName: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  revokedReason: string | null;
}

/** A grant as read back from the store. */
export type StoredGrant = OAuthGrant | DamagedGrant;

/** A stored authorization request: pushed (PAR) or waiting on the consent page. */
export interface StoredAuthorizationRequest {
  id: string;
  clientId: string;
  kind: 'par' | 'pending';
  /** JSON: pushed, the validated request (`AuthorizationRequest`); pending, with its client (`PendingRequest`). */
  params: string;
  /** Set when the consent page is shown: the account it was shown to and the form's CSRF token. */
  accountId: string | null;
  csrfToken: string | null;
  createdAt: string;
  expiresAt: string;
}

export interface AuthorizationCodeRow {
  codeHash: string;
  grantId: string;
  clientId: string;
  redirectUri: string;
  codeChallenge: string;
  /** RFC 9449 §10: the key a `dpop_jkt` authorization parameter bound the code to. */
  dpopJkt: string | null;
  expiresAt: string;
  usedAt: string | null;
}

export interface RefreshTokenRow {
  tokenHash: string;
  grantId: string;
  /** Refresh tokens of public clients are bound to the DPoP key they were issued to. */
  jkt: string;
  scopes: Scope[];
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface SigningKeyRow {
  kid: string;
  alg: 'ES256';
  publicJwk: string;
  /** The private JWK, sealed by the vault's master key (see `SecretBox`). */
  privateSealed: string;
  createdAt: string;
  /** When a newer key took over signing; the key stays in the JWKS while tokens it signed live. */
  retiredAt: string | null;
}

export interface CachedClientDocument {
  clientId: string;
  document: string;
  fetchedAt: string;
  expiresAt: string;
}

/** One-time use of a code or refresh token: the row, and whether this was its first use. */
export interface Use<T> {
  row: T;
  firstUse: boolean;
}

/**
 * The authorization server's state, on either engine. Every one-time artefact (code, refresh token,
 * pushed request, DPoP proof id) is consumed with a single conditional statement, so two concurrent
 * requests cannot both win.
 */
export interface OAuthStore {
  putClient(doc: CachedClientDocument): Promise<void>;
  getClient(clientId: string): Promise<CachedClientDocument | undefined>;

  putRequest(request: StoredAuthorizationRequest): Promise<void>;
  getRequest(id: string, now: string): Promise<StoredAuthorizationRequest | undefined>;
  /** Removes and returns a request (a pushed request is good for one authorization). */
  takeRequest(id: string, now: string): Promise<StoredAuthorizationRequest | undefined>;
  /** Shows a pending request to an account: binds it to that account with a fresh CSRF token. */
  bindRequest(id: string, accountId: string, csrfToken: string): Promise<void>;

  createGrant(grant: OAuthGrant): Promise<void>;
  getGrant(id: string): Promise<StoredGrant | undefined>;
  listGrants(pod: string): Promise<StoredGrant[]>;
  /** Returns false when the grant was already revoked (or does not exist). */
  revokeGrant(id: string, at: string, reason: string): Promise<boolean>;

  putCode(code: AuthorizationCodeRow): Promise<void>;
  getCode(codeHash: string): Promise<AuthorizationCodeRow | undefined>;
  useCode(codeHash: string, at: string): Promise<Use<AuthorizationCodeRow> | undefined>;

  putRefreshToken(token: RefreshTokenRow): Promise<void>;
  useRefreshToken(tokenHash: string, at: string): Promise<Use<RefreshTokenRow> | undefined>;
  getRefreshToken(tokenHash: string): Promise<RefreshTokenRow | undefined>;

  /** RFC 7009 for access tokens: the id is refused until the token would have expired anyway. */
  revokeAccessToken(jti: string, grantId: string, expiresAt: string): Promise<void>;
  /** The per-request check, in one round trip: the grant behind a token and whether the token was revoked. */
  tokenState(
    grantId: string,
    jti: string,
  ): Promise<{ grant: StoredGrant | undefined; revoked: boolean }>;

  /**
   * Records DPoP proof ids in one statement; returns those that were new (the others are replays).
   * Ids must be distinct within one call.
   */
  rememberProofs(proofs: readonly { jti: string; expiresAt: string }[]): Promise<Set<string>>;

  listSigningKeys(): Promise<SigningKeyRow[]>;
  insertSigningKey(key: SigningKeyRow): Promise<void>;
  retireSigningKeys(exceptKid: string, at: string): Promise<void>;
  deleteSigningKey(kid: string): Promise<void>;

  /** Deletes what has expired; returns the number of rows removed. */
  purgeExpired(now: string): Promise<number>;
}
