/**
 * A URL's origin as a CSP host-source, or undefined when its host is not a plain DNS name, IPv4 or
 * bracketed IPv6 address. URL parsing accepts `;`, `,`, `'` and `*` in a host, and a client chooses
 * its own URLs: unchecked, `https://a.example;script-src *` would add directives to the policy.
 */
export function cspOrigin(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host =
    /^(?:[a-z0-9](?:[a-z0-9-]{0,62})(?:\.[a-z0-9](?:[a-z0-9-]{0,62}))*|\[[0-9a-f:.]+\])$/;
  if (!host.test(url.hostname) || (url.port !== '' && !/^\d{1,5}$/.test(url.port)))
    return undefined;
  return url.origin;
}

/**
 * The consent page's CSP: the vault's strict policy, with the client's redirect origin added to
 * form-action (browsers check the redirect after the form POST against it) and its logo to img-src.
 * An origin that is not a valid host-source is left out (the browser then blocks that redirect or
 * logo) rather than copied into the header.
 */
export function consentPolicy(redirectUri: string, logoUri: string | undefined): string {
  const redirectOrigin = cspOrigin(redirectUri);
  const logoOrigin = cspOrigin(logoUri);
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self'${logoOrigin ? ` ${logoOrigin}` : ''}`,
    "connect-src 'self'",
    `form-action 'self'${redirectOrigin ? ` ${redirectOrigin}` : ''}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
