import { promises as dns } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { VerwonderError } from '@verwonder/shared';
import { addressKind } from './address-policy.ts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export interface DocumentFetchOptions {
  timeoutMs: number;
  maxBytes: number;
  /** Development only: documents on the loopback interface (the demo sites). */
  allowLoopback: boolean;
  /** DNS resolution; tests swap it to play a rebinding name server. */
  resolve?: (hostname: string) => Promise<ResolvedAddress[]>;
  /** A further check of every resolved address (tests allow only this machine's). */
  addressAllowed?: (address: string) => boolean;
}

/**
 * What every failure says, whatever went wrong: a caller must not learn from the vault which
 * addresses answer, which ports are open or which services speak JSON. The reason is the `cause`.
 */
export const CLIENT_DOCUMENT_UNUSABLE = "the client's metadata document cannot be used";

export const refused = (reason: string): VerwonderError =>
  new VerwonderError('invalid_client', CLIENT_DOCUMENT_UNUSABLE, { cause: new Error(reason) });

const systemResolve = (hostname: string): Promise<ResolvedAddress[]> =>
  dns.lookup(hostname, { all: true, verbatim: true });

/**
 * Fetches a client's metadata document without letting it reach the vault's own networks: the name
 * is resolved once, every address must be public (loopback only in development), and the connection
 * goes to the address that was checked, so a name that answers differently the second time (DNS
 * rebinding) gains nothing. No redirects; bounded in time and size; JSON only.
 */
export async function fetchClientDocument(
  url: URL,
  options: DocumentFetchOptions,
): Promise<unknown> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [{ address: host, family: isIP(host) }]
    : await withSignal((options.resolve ?? systemResolve)(host), signal);
  const first = addresses[0];
  if (!first) throw refused(`${host} has no address`);
  for (const { address } of addresses) {
    if (options.addressAllowed && !options.addressAllowed(address))
      throw refused(`${host} resolves to ${address}, which this vault may not reach`);
    const kind = addressKind(address);
    if (kind === 'public' && url.protocol === 'https:') continue;
    if (kind === 'loopback' && options.allowLoopback) continue;
    throw refused(`${host} resolves to ${kind} address ${address}`);
  }
  const pinned: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [first]);
    else callback(null, first.address, first.family);
  };
  const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'GET',
      lookup: pinned,
      agent: false,
      signal,
      headers: { accept: 'application/json, application/ld+json;q=0.9' },
      ...(url.protocol === 'https:' && !isIP(host) ? { servername: host } : {}),
    });
    request.once('response', resolve);
    request.once('error', reject);
    request.end();
  }).catch((cause: unknown) => {
    throw refused(`cannot be reached: ${String(cause)}`);
  });
  try {
    if (response.statusCode !== 200) throw refused(`answered HTTP ${response.statusCode}`);
    const type = response.headers['content-type'] ?? '';
    if (!/^application\/(ld\+)?json\b/i.test(type)) throw refused(`is ${type || 'untyped'}`);
    const text = await readLimited(response, options.maxBytes);
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw refused('is not valid JSON');
    }
  } finally {
    response.destroy();
  }
}

/** At most `maxBytes` (Content-Length may lie or be absent). */
async function readLimited(response: http.IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw refused('is too large');
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response as AsyncIterable<Buffer>) {
      size += chunk.byteLength;
      if (size > maxBytes) throw refused('is too large');
      chunks.push(chunk);
    }
  } catch (error) {
    if (VerwonderError.is(error)) throw error;
    throw refused(`broke off: ${String(error)}`);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function withSignal<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(refused('name resolution timed out'));
    signal.addEventListener('abort', abort, { once: true });
    promise.then(resolve, (cause: unknown) => reject(refused(`no address: ${String(cause)}`)));
  });
}
