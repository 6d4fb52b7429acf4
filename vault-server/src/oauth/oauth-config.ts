import { VerwonderError } from '@verwonder/shared';

/** Settings of the authorization server; every duration in seconds. */
export interface OAuthConfig {
  /** The vault's public origin (+ path), e.g. `http://localhost:4800`: the `iss` of every token. */
  issuer: string;
  /** Access-token lifetime; the issue caps it at 10 minutes. */
  accessTokenSeconds: number;
  /** Lifetime of one refresh token (it rotates on every use; the grant's end date caps it too). */
  refreshTokenSeconds: number;
  authorizationCodeSeconds: number;
  /** How long a pushed request, and a consent page once shown, stay usable. */
  requestSeconds: number;
  /** Accepted age of a DPoP proof (`iat` in the past) and clock skew (`iat` in the future). */
  dpopMaxAgeSeconds: number;
  dpopClockSkewSeconds: number;
  /** A signing key signs for this long, then a new one takes over (the old one stays in the JWKS). */
  signingKeyRotationSeconds: number;
  /** Longest grant a person can give, and the default when a site names no end date. */
  maxGrantDays: number;
  defaultGrantDays: number;
  /** Client ID Metadata Documents: fetch limits and cache lifetime. */
  clientFetchTimeoutMs: number;
  clientDocumentMaxBytes: number;
  clientCacheSeconds: number;
  /** Development only: `client_id`s on the loopback interface (VAULT_ALLOW_LOOPBACK_CLIENTS). */
  allowLoopbackClients: boolean;
  /** Requests to /oauth/* per client address and minute, shared by all vault processes. */
  requestsPerMinute: number;
  /** Client metadata documents fetched on behalf of one client address per minute. */
  clientFetchesPerMinute: number;
  /** `suggestions:rank` calls one grant may make per UTC day (each is a question about the person's records). */
  rankCallsPerDay: number;
  /**
   * A ranking or DNA answer leaves at a whole multiple of this many ms after its call began (0: at
   * once), so its time does not say how many records the profile was read from (answer-step.ts).
   */
  profileAnswerStepMs: number;
  /** Where a person without a session is sent to sign in; `returnTo` is a same-origin path. */
  signInUrl: (returnTo: string) => string;
}

export const MAX_ACCESS_TOKEN_SECONDS = 600;

export function oauthConfig(issuer: string, overrides: Partial<OAuthConfig> = {}): OAuthConfig {
  const base = issuer.replace(/\/+$/, '');
  const config: OAuthConfig = {
    issuer: base,
    accessTokenSeconds: 300,
    refreshTokenSeconds: 30 * 86_400,
    authorizationCodeSeconds: 60,
    requestSeconds: 600,
    dpopMaxAgeSeconds: 60,
    dpopClockSkewSeconds: 5,
    signingKeyRotationSeconds: 7 * 86_400,
    maxGrantDays: 365,
    defaultGrantDays: 90,
    clientFetchTimeoutMs: 3000,
    clientDocumentMaxBytes: 16 * 1024,
    clientCacheSeconds: 600,
    allowLoopbackClients: false,
    requestsPerMinute: 600,
    clientFetchesPerMinute: 20,
    rankCallsPerDay: 50,
    profileAnswerStepMs: 200,
    signInUrl: (returnTo) => `${base}/signin?return_to=${encodeURIComponent(returnTo)}`,
    ...overrides,
  };
  if (config.accessTokenSeconds < 1 || config.accessTokenSeconds > MAX_ACCESS_TOKEN_SECONDS) {
    throw new VerwonderError(
      'config_error',
      `access tokens live between 1 s and ${MAX_ACCESS_TOKEN_SECONDS} s`,
    );
  }
  if (config.defaultGrantDays > config.maxGrantDays)
    throw new VerwonderError('config_error', 'the default grant is longer than the longest');
  return config;
}

/** The pod's WebID-like identifier and its storage root, the two names a token uses for a pod. */
export const podWebId = (issuer: string, pod: string): string => `${issuer}/pods/${pod}/profile#me`;
export const podStorage = (issuer: string, pod: string): string => `${issuer}/pods/${pod}/`;

/** The pod a WebID of this vault names, or undefined for any other URL. */
export function podOfWebId(issuer: string, webId: string): string | undefined {
  const prefix = `${issuer}/pods/`;
  if (!webId.startsWith(prefix) || !webId.endsWith('/profile#me')) return undefined;
  const pod = webId.slice(prefix.length, -'/profile#me'.length);
  return /^[a-z0-9-]+$/.test(pod) ? pod : undefined;
}
