import * as oauth from 'oauth4webapi';
import type { SiteVaultOptions } from './site-vault-options.ts';
import type { PendingAuthorization, VaultConnection, Visitor } from './visitor-sessions.ts';

/** http is only for the vault on this machine (the demo); anything else must be https. */
function httpOptions(url: string): { [oauth.allowInsecureRequests]?: boolean } {
  const { protocol, hostname } = new URL(url);
  return protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(hostname)
    ? { [oauth.allowInsecureRequests]: true }
    : {};
}

/** Renew an access token this long before it expires, so a request never races its expiry. */
const RENEW_MS = 30_000;

/** A page waits at most this long for the vault's answer about its connection (a hung vault is not a revoked grant). */
const CONFIRM_TIMEOUT_MS = 2_000;

/** The banner introspects a token with at least this long left; one about to expire is renewed. */
const INTROSPECT_LEFT_MS = CONFIRM_TIMEOUT_MS + 3_000;

/**
 * A renewal is given up after this long (unreachable, retried later), so a stalled token endpoint
 * does not hold the renewal every call shares for good. Generous: when the vault did rotate the
 * refresh token after all, the next renewal reuses the old one and the vault ends the grant.
 */
const RENEW_TIMEOUT_MS = 10_000;

/**
 * A call for a page (ranking, the DNA, a write) is given up after this long: the page then shows the
 * site's own order or says the write failed (its idempotency key makes a retry safe), instead of
 * waiting on a stalled vault for as long as the HTTP stack would (minutes).
 */
const CALL_TIMEOUT_MS = 5_000;

/** Thrown when the vault refuses the connection itself (grant revoked, ended, or tokens refused). */
export class ConnectionLost extends Error {
  override readonly name = 'ConnectionLost';
}

/**
 * The site as an OAuth client of the vault, with oauth4webapi: pushed authorization request, PKCE
 * (S256), DPoP-bound tokens (one key pair per visitor, not extractable), refresh-token rotation.
 */
export class VaultClient {
  private server: Promise<oauth.AuthorizationServer> | undefined;
  /**
   * The renewal under way per connection. The vault rotates refresh tokens and treats a second use
   * of one as theft (it revokes the grant), so concurrent calls must share one renewal.
   */
  private readonly renewals = new WeakMap<VaultConnection, Promise<VaultConnection>>();
  private readonly insecure: ReturnType<typeof httpOptions>;

  constructor(private readonly options: SiteVaultOptions) {
    this.insecure = httpOptions(options.vaultUrl);
  }

  get clientId(): string {
    return `${this.options.siteUrl()}/oauth/client.json`;
  }

  get redirectUri(): string {
    return `${this.options.siteUrl()}/oauth/callback`;
  }

  private get client(): oauth.Client {
    return { client_id: this.clientId, token_endpoint_auth_method: 'none' };
  }

  /** RFC 8414 discovery, once; retried after a failure. */
  private metadata(): Promise<oauth.AuthorizationServer> {
    const issuer = new URL(this.options.vaultUrl);
    this.server ??= oauth
      .discoveryRequest(issuer, { algorithm: 'oauth2', ...this.insecure })
      .then((response) => oauth.processDiscoveryResponse(issuer, response))
      .catch((error: unknown) => {
        this.server = undefined;
        throw error;
      });
    return this.server;
  }

  /** Pushes the request (with a DPoP proof, binding the code to the visitor's key) and returns where to send the person. */
  async start(returnTo: string): Promise<{ url: string; pending: PendingAuthorization }> {
    const as = await this.metadata();
    const keyPair = await oauth.generateKeyPair('ES256');
    const codeVerifier = oauth.generateRandomCodeVerifier();
    const state = oauth.generateRandomState();
    const { profile } = this.options;
    const until = new Date(Date.now() + profile.days * 86_400_000).toISOString().slice(0, 10);
    const params = {
      client_id: this.clientId,
      redirect_uri: this.redirectUri,
      response_type: 'code',
      scope: profile.scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      authorization_details: JSON.stringify([
        {
          type: 'verwonder_access',
          purpose: profile.purpose,
          until,
          ...(profile.rankCategories ? { rank_categories: profile.rankCategories } : {}),
        },
      ]),
      ui_locales: 'nl',
    };
    const response = await oauth.pushedAuthorizationRequest(as, this.client, oauth.None(), params, {
      DPoP: oauth.DPoP(this.client, keyPair),
      ...this.insecure,
    });
    const { request_uri: requestUri } = await oauth.processPushedAuthorizationResponse(
      as,
      this.client,
      response,
    );
    const url = new URL(as.authorization_endpoint!);
    url.searchParams.set('client_id', this.clientId);
    url.searchParams.set('request_uri', requestUri);
    return { url: url.href, pending: { state, codeVerifier, returnTo, keyPair } };
  }

  /** Handles the redirect back: checks state and issuer, exchanges the code with PKCE and DPoP. */
  async finish(callbackUrl: URL, pending: PendingAuthorization): Promise<VaultConnection> {
    const as = await this.metadata();
    const params = oauth.validateAuthResponse(as, this.client, callbackUrl, pending.state);
    const dpop = oauth.DPoP(this.client, pending.keyPair);
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      this.client,
      oauth.None(),
      params,
      this.redirectUri,
      pending.codeVerifier,
      { DPoP: dpop, ...this.insecure },
    );
    const tokens = await oauth.processAuthorizationCodeResponse(as, this.client, response);
    return connectionOf(tokens, pending.keyPair, dpop);
  }

  /** A request to the person's pod; renews the access token first when it is about to expire. */
  async call(
    visitor: Visitor,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const current = await this.current(visitor);
    const all = new Headers({ accept: 'application/json', ...headers });
    if (body !== undefined) all.set('content-type', 'application/json');
    const url = new URL(path, current.storage);
    const response = await oauth
      .protectedResourceRequest(
        current.accessToken,
        method,
        url,
        all,
        body === undefined ? null : JSON.stringify(body),
        { DPoP: current.dpop, signal: AbortSignal.timeout(CALL_TIMEOUT_MS), ...this.insecure },
      )
      .catch((error: unknown) => {
        if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
        throw error;
      });
    if (response.status === 401) throw new ConnectionLost('the vault refused the token');
    // Any other answer but a server error came after the vault checked the token and its grant.
    if (response.status < 500) current.checkedAt = Date.now();
    return response;
  }

  /**
   * Asks the vault whether the connection still holds; throws ConnectionLost when it ended. Without
   * the person's data and without an audit entry: RFC 7662 introspection of the site's own access
   * token (the token routes log every use, a renewal logs an issued token). Only a token that has
   * (nearly) expired is renewed instead, through the same single flight as every call: a revoked
   * grant refuses that. The page waits at most CONFIRM_TIMEOUT_MS, then it counts as unreachable;
   * a renewal under way goes on (bounded by RENEW_TIMEOUT_MS) for the calls that share it.
   */
  async confirm(visitor: Visitor): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error('the vault did not answer in time')),
        CONFIRM_TIMEOUT_MS,
      );
    });
    // The race handles a rejection of the check after the deadline too.
    await Promise.race([this.check(visitor), late]).finally(() => clearTimeout(timer));
  }

  private async check(visitor: Visitor): Promise<void> {
    const connection = visitor.connection;
    if (!connection) throw new ConnectionLost('not connected');
    // Introspection calls a token that expires on the way inactive, which is not a revoked grant.
    if (connection.expiresAt - Date.now() < INTROSPECT_LEFT_MS) {
      await this.current(visitor);
      return;
    }
    const as = await this.metadata();
    const response = await oauth.introspectionRequest(
      as,
      this.client,
      oauth.None(),
      connection.accessToken,
      { signal: AbortSignal.timeout(CONFIRM_TIMEOUT_MS), ...this.insecure },
    );
    const { active } = await oauth.processIntrospectionResponse(as, this.client, response);
    // A renewal that replaced the token meanwhile is the vault's newer answer (the grant held).
    if (visitor.connection !== connection) return;
    if (!active) throw new ConnectionLost('the vault says the grant was revoked or has ended');
    connection.checkedAt = Date.now();
  }

  /** The visitor's connection, renewed first when its access token is about to expire. */
  private async current(visitor: Visitor): Promise<VaultConnection> {
    const connection = visitor.connection;
    if (!connection) throw new ConnectionLost('not connected');
    if (connection.expiresAt - Date.now() >= RENEW_MS) return connection;
    const renewed = await this.renewOnce(connection);
    // Only replace the connection it renewed: the visitor may have disconnected meanwhile.
    if (visitor.connection === connection) visitor.connection = renewed;
    return renewed;
  }

  /** RFC 7009: revoking the refresh token ends the whole grant at the vault. */
  async disconnect(connection: VaultConnection): Promise<void> {
    if (!connection.refreshToken) return;
    const as = await this.metadata();
    const response = await oauth.revocationRequest(
      as,
      this.client,
      oauth.None(),
      connection.refreshToken,
      { ...this.insecure },
    );
    await oauth.processRevocationResponse(response);
  }

  /** Single flight: every caller holding this connection gets the one renewal's tokens. */
  private renewOnce(connection: VaultConnection): Promise<VaultConnection> {
    let renewal = this.renewals.get(connection);
    if (!renewal) {
      renewal = this.renew(connection).catch((error: unknown) => {
        // A failure that did not end the grant (the vault was unreachable) may be retried later.
        if (!(error instanceof ConnectionLost)) this.renewals.delete(connection);
        throw error;
      });
      this.renewals.set(connection, renewal);
    }
    return renewal;
  }

  private async renew(connection: VaultConnection): Promise<VaultConnection> {
    if (!connection.refreshToken) throw new ConnectionLost('the access token expired');
    const as = await this.metadata();
    try {
      const response = await oauth.refreshTokenGrantRequest(
        as,
        this.client,
        oauth.None(),
        connection.refreshToken,
        { DPoP: connection.dpop, signal: AbortSignal.timeout(RENEW_TIMEOUT_MS), ...this.insecure },
      );
      return connectionOf(
        await oauth.processRefreshTokenResponse(as, this.client, response),
        connection.keyPair,
        connection.dpop,
      );
    } catch (error) {
      if (error instanceof oauth.ResponseBodyError && error.error === 'invalid_grant')
        throw new ConnectionLost('the grant was revoked or has ended');
      throw error;
    }
  }
}

function connectionOf(
  tokens: oauth.TokenEndpointResponse,
  keyPair: CryptoKeyPair,
  dpop: oauth.DPoPHandle,
): VaultConnection {
  if (tokens.token_type !== 'dpop')
    throw new Error('the vault did not bind the token to the DPoP key');
  const storage = typeof tokens.storage === 'string' ? tokens.storage : undefined;
  const webId = typeof tokens.webid === 'string' ? tokens.webid : undefined;
  if (!storage || !webId) throw new Error('the token response names no pod');
  return {
    accessToken: tokens.access_token,
    refreshToken: tokens.refresh_token,
    expiresAt: Date.now() + (tokens.expires_in ?? 60) * 1000,
    checkedAt: Date.now(),
    scopes: (tokens.scope ?? '').split(' ').filter(Boolean),
    webId,
    storage,
    keyPair,
    dpop,
  };
}
