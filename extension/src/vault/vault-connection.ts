/**
 * Calls to the paired vault with DPoP-bound tokens: refreshes the access token shortly before it
 * ends (or once after a 401), and keeps the rotated refresh token. All calls, and every change of
 * the stored session, run one at a time. When the token endpoint refuses the grant (invalid_grant
 * on a refresh) the session is forgotten and `onGrantEnded` told: the person ended the extension's
 * access in their vault. A 401 from the pod alone never ends it.
 */
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

import { dpopProof } from './dpop-key.ts';
import type { KeyValueDb } from './key-value-db.ts';
import {
  SESSION_DB_KEY,
  TokenResponseSchema,
  VaultSessionSchema,
  type TokenResponse,
  type VaultSession,
} from './pairing-state.ts';
import { serial } from './serial.ts';
import { requireOnIssuer } from './vault-issuer.ts';

/** Refresh when less than this is left of the access token. */
const REFRESH_MARGIN_MS = 30_000;

export interface VaultConnectionDeps {
  db: KeyValueDb;
  fetch: typeof fetch;
  now(): number;
  /** The vault refused the grant; the session is already forgotten (called inside the queue). */
  onGrantEnded?(ended: VaultSession): Promise<void>;
}

/** POSTs a form to the token endpoint with a DPoP proof of `key`; parses the answer. */
export async function requestTokens(
  fetcher: typeof fetch,
  tokenEndpoint: string,
  key: CryptoKeyPair,
  params: Record<string, string>,
): Promise<TokenResponse> {
  const response = await fetcher(tokenEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      accept: 'application/json',
      dpop: await dpopProof(key, 'POST', tokenEndpoint),
    },
    body: new URLSearchParams(params).toString(),
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const code =
      typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string'
        ? body.error
        : `http_${response.status}`;
    // Only the vault's invalid_grant says the grant is gone; anything else may pass.
    throw new VerwonderError(
      code === 'invalid_grant'
        ? 'invalid_grant'
        : response.status >= 500
          ? 'unavailable'
          : 'invalid_request',
      `the vault refused the token request: ${code}`,
    );
  }
  return TokenResponseSchema.parse(body);
}

export function sessionOf(
  base: Pick<VaultSession, 'issuer' | 'clientId' | 'tokenEndpoint' | 'key'>,
  tokens: TokenResponse,
  now: number,
  previousRefresh?: string,
): VaultSession {
  // The records go to `storage`: only a pod of the vault that issued the tokens.
  requireOnIssuer(base.issuer, tokens.storage, 'storage');
  requireOnIssuer(base.issuer, tokens.webid, 'webid');
  const refreshToken = tokens.refresh_token ?? previousRefresh;
  return {
    // Only these: `base` may be a pending pairing, whose verifier and state must not be kept.
    issuer: base.issuer,
    clientId: base.clientId,
    tokenEndpoint: base.tokenEndpoint,
    key: base.key,
    storage: tokens.storage,
    webid: tokens.webid,
    scopes: tokens.scope.split(' ').filter(Boolean),
    accessToken: tokens.access_token,
    accessExpiresAt: now + tokens.expires_in * 1000,
    ...(refreshToken ? { refreshToken } : {}),
  };
}

export class VaultConnection {
  private readonly queue = serial();

  constructor(private readonly deps: VaultConnectionDeps) {}

  async session(): Promise<VaultSession | undefined> {
    const parsed = VaultSessionSchema.safeParse(await this.deps.db.get(SESSION_DB_KEY));
    return parsed.success ? parsed.data : undefined;
  }

  /** Stores a new pairing's session once no request is under way; returns the one it replaced. */
  replace(session: VaultSession): Promise<VaultSession | undefined> {
    return this.queue(async () => {
      const previous = await this.session();
      await this.deps.db.put(SESSION_DB_KEY, session);
      return previous;
    });
  }

  /** Forgets the session once no request is under way (a refresh then cannot bring it back). */
  forget(): Promise<void> {
    return this.queue(() => this.deps.db.delete(SESSION_DB_KEY));
  }

  /** A request to the pod with `Authorization: DPoP`; `path` is relative to the pod's storage root. */
  request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    return this.queue(async () => {
      const stored = await this.session();
      if (!stored)
        throw new VerwonderError('unauthenticated', 'the extension is not paired with a vault');
      let session = stored;
      try {
        if (session.accessExpiresAt - this.deps.now() < REFRESH_MARGIN_MS)
          session = await this.refresh(session);
        let response = await this.send(session, method, path, body, headers);
        if (response.status === 401 && session.refreshToken) {
          await response.body?.cancel();
          // The refresh worked, so the grant was active a moment ago: a 401 now is no proof that it
          // ended (two vault processes' clocks, a proxy). It is the caller's failed request; only
          // the token endpoint's invalid_grant ends the pairing.
          session = await this.refresh(session);
          response = await this.send(session, method, path, body, headers);
        }
        return response;
      } catch (cause) {
        if (!VerwonderError.is(cause, 'invalid_grant')) throw cause;
        await this.deps.db.delete(SESSION_DB_KEY);
        await this.deps.onGrantEnded?.(session);
        throw new VerwonderError('unauthenticated', 'the vault ended the extension’s access', {
          cause,
        });
      }
    });
  }

  private async send(
    session: VaultSession,
    method: string,
    path: string,
    body: unknown,
    headers: Record<string, string>,
  ): Promise<Response> {
    const url = new URL(path, session.storage).href;
    if (!url.startsWith(session.storage))
      throw new VerwonderError('invalid_request', 'requests stay inside the pod');
    return this.deps.fetch(url, {
      method,
      headers: {
        ...headers,
        accept: 'application/json',
        authorization: `DPoP ${session.accessToken}`,
        dpop: await dpopProof(session.key, method, url, session.accessToken),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  }

  private async refresh(session: VaultSession): Promise<VaultSession> {
    if (!session.refreshToken)
      throw new VerwonderError(
        'unauthenticated',
        'the access token ended and there is no refresh token',
      );
    const tokens = await requestTokens(this.deps.fetch, session.tokenEndpoint, session.key, {
      grant_type: 'refresh_token',
      refresh_token: session.refreshToken,
      client_id: session.clientId,
    });
    const next = sessionOf(session, tokens, this.deps.now());
    await this.deps.db.put(SESSION_DB_KEY, next);
    return next;
  }
}
