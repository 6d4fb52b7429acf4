import { VerwonderError } from '@verwonder/shared';
import type { OAuthStore } from '../store/oauth-store.ts';
import { parseClientId } from './client-id-url.ts';
import { parseClientMetadata, type ClientMetadata } from './client-metadata.ts';

export interface ClientResolverOptions {
  timeoutMs: number;
  maxBytes: number;
  cacheSeconds: number;
  fetch?: typeof fetch;
  now?: () => Date;
  /** Documents the vault serves itself (the browser extension's): answered without fetching. */
  ownDocument?: (clientId: string) => unknown;
}

/**
 * Finds a client by fetching its metadata document: no pre-registration. Bounded in time and size,
 * no redirects followed, JSON only; valid documents are cached in the store for `cacheSeconds`.
 */
export class ClientResolver {
  private readonly fetch: typeof fetch;
  private readonly now: () => Date;

  constructor(
    private readonly store: OAuthStore,
    private readonly options: ClientResolverOptions,
  ) {
    this.fetch = options.fetch ?? globalThis.fetch;
    this.now = options.now ?? (() => new Date());
  }

  async resolve(clientId: string | undefined): Promise<ClientMetadata> {
    const url = parseClientId(clientId);
    const own = this.options.ownDocument?.(url.href);
    if (own !== undefined) return parseClientMetadata(url.href, own);
    const now = this.now();
    const cached = await this.store.getClient(url.href);
    if (cached && cached.expiresAt > now.toISOString())
      return parseClientMetadata(url.href, JSON.parse(cached.document));
    const document = await this.download(url);
    const metadata = parseClientMetadata(url.href, document);
    await this.store.putClient({
      clientId: url.href,
      document: JSON.stringify(document),
      fetchedAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.options.cacheSeconds * 1000).toISOString(),
    });
    return metadata;
  }

  private async download(url: URL): Promise<unknown> {
    let response: Response;
    try {
      response = await this.fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: { accept: 'application/json, application/ld+json;q=0.9' },
      });
    } catch (cause) {
      const timedOut =
        cause instanceof Error && (cause.name === 'TimeoutError' || cause.name === 'AbortError');
      throw new VerwonderError(
        'invalid_client',
        timedOut
          ? "the client's metadata document did not arrive in time"
          : "the client's metadata document cannot be reached",
        {
          cause,
        },
      );
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new VerwonderError(
        'invalid_client',
        `the client's metadata document answered HTTP ${response.status}`,
      );
    }
    const type = response.headers.get('content-type') ?? '';
    if (!/^application\/(ld\+)?json\b/i.test(type)) {
      await response.body?.cancel();
      throw new VerwonderError('invalid_client', "the client's metadata document is not JSON");
    }
    const text = await readLimited(response, this.options.maxBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch (cause) {
      throw new VerwonderError(
        'invalid_client',
        "the client's metadata document is not valid JSON",
        { cause },
      );
    }
  }
}

/** Reads at most `maxBytes`, aborting the download beyond it (Content-Length may lie or be absent). */
async function readLimited(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel();
    throw new VerwonderError('invalid_client', "the client's metadata document is too large");
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    // The timeout also covers the body: a document that drips too slowly is the client's fault.
    const { done, value } = await reader.read().catch((cause: unknown) => {
      throw new VerwonderError(
        'invalid_client',
        "the client's metadata document did not arrive in time",
        { cause },
      );
    });
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new VerwonderError('invalid_client', "the client's metadata document is too large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
