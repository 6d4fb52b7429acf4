import { VerwonderError } from '@verwonder/shared';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

export const isLoopbackHost = (hostname: string): boolean => LOOPBACK_HOSTS.has(hostname);

/**
 * A URL a client may use for its identity or its redirects: https, or http on the loopback interface
 * only (a developer's machine, the demo sites). No credentials, no fragment.
 */
export function parseClientUrl(value: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new VerwonderError('invalid_client', `${what} is not a URL`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new VerwonderError(
      'invalid_client',
      `${what} must use https (http only on the loopback interface)`,
    );
  }
  if (url.username || url.password)
    throw new VerwonderError('invalid_client', `${what} must not carry credentials`);
  if (url.hash) throw new VerwonderError('invalid_client', `${what} must not have a fragment`);
  return url;
}

/**
 * A `client_id` is the URL of the client's metadata document, with a path (Solid-OIDC, CIMD). It
 * must be https; plain http on the loopback interface only in development (`allowLoopback`).
 */
export function parseClientId(value: string | undefined, allowLoopback: boolean): URL {
  if (!value) throw new VerwonderError('invalid_client', 'client_id is required');
  if (value.length > 2000) throw new VerwonderError('invalid_client', 'client_id is too long');
  const url = parseClientUrl(value, 'client_id');
  if (url.protocol !== 'https:' && !allowLoopback)
    throw new VerwonderError('invalid_client', 'client_id must use https');
  if (url.pathname === '/')
    throw new VerwonderError('invalid_client', 'client_id must name a document, not a bare origin');
  if (url.href !== value)
    throw new VerwonderError('invalid_client', 'client_id must be a normalised URL');
  return url;
}
