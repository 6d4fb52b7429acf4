import { VerwonderError } from '@verwonder/shared';
import type { RateLimiter } from '../../http/rate-limit/rate-limiter.ts';
import type { OAuthStore } from '../store/oauth-store.ts';
import { parseClientId } from './client-id-url.ts';
import { parseClientMetadata, type ClientMetadata } from './client-metadata.ts';
import {
  CLIENT_DOCUMENT_UNUSABLE,
  fetchClientDocument,
  type ResolvedAddress,
} from './fetch-client-document.ts';

export interface ClientResolverOptions {
  timeoutMs: number;
  maxBytes: number;
  cacheSeconds: number;
  /** Development only: `client_id`s on the loopback interface (the demo sites, tests). */
  allowLoopback?: boolean;
  /** Counts the documents fetched for one caller; over its limit, the fetch is refused (429). */
  fetchLimiter?: RateLimiter;
  /** DNS resolution (tests play a rebinding name server with it). */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** A further check of every resolved address (tests allow only this machine's). */
  addressAllowed?: (address: string) => boolean;
  /** Why a document was refused, for the vault's log; the caller only hears the generic error. */
  onRefused?: (clientId: string, reason: string) => void;
  now?: () => Date;
  /** Documents the vault serves itself (the browser extension's): answered without fetching. */
  ownDocument?: (clientId: string) => unknown;
}

/**
 * Finds a client by fetching its metadata document: no pre-registration. Bounded in time and size,
 * no redirects followed, JSON only, never from the vault's own networks, at most so many fetches per
 * caller; valid documents are cached in the store for `cacheSeconds`. Every failure to get a usable
 * document gives the same error, so the vault cannot be used to map the networks it can reach.
 */
export class ClientResolver {
  private readonly now: () => Date;

  constructor(
    private readonly store: OAuthStore,
    private readonly options: ClientResolverOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /** `caller` (the client address) is charged when the document has to be fetched. */
  async resolve(clientId: string | undefined, caller?: string): Promise<ClientMetadata> {
    const own = clientId === undefined ? undefined : this.options.ownDocument?.(clientId);
    if (own !== undefined && clientId !== undefined) return parseClientMetadata(clientId, own);
    const url = parseClientId(clientId, this.options.allowLoopback ?? false);
    const now = this.now();
    const cached = await this.store.getClient(url.href);
    if (cached && cached.expiresAt > now.toISOString())
      return parseClientMetadata(url.href, JSON.parse(cached.document));
    if (caller !== undefined && this.options.fetchLimiter)
      await this.options.fetchLimiter.check(
        caller,
        'too many client documents fetched; wait a minute',
      );
    let metadata: ClientMetadata;
    let document: unknown;
    try {
      document = await fetchClientDocument(url, {
        timeoutMs: this.options.timeoutMs,
        maxBytes: this.options.maxBytes,
        allowLoopback: this.options.allowLoopback ?? false,
        ...(this.options.resolve ? { resolve: this.options.resolve } : {}),
        ...(this.options.addressAllowed ? { addressAllowed: this.options.addressAllowed } : {}),
      });
      metadata = parseClientMetadata(url.href, document);
    } catch (error) {
      const reason =
        error instanceof Error && error.cause instanceof Error
          ? error.cause.message
          : error instanceof Error
            ? error.message
            : String(error);
      this.options.onRefused?.(url.href, reason);
      throw new VerwonderError('invalid_client', CLIENT_DOCUMENT_UNUSABLE, { cause: error });
    }
    await this.store.putClient({
      clientId: url.href,
      document: JSON.stringify(document),
      fetchedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.options.cacheSeconds * 1000).toISOString(),
    });
    return metadata;
  }
}
