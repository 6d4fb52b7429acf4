/**
 * The consent page's CSP: the vault's strict policy, with the client's redirect origin added to
 * form-action (browsers check the redirect after the form POST against it) and its logo to img-src.
 */
export function consentPolicy(redirectUri: string, logoUri: string | undefined): string {
  const redirectOrigin = new URL(redirectUri).origin;
  const logoOrigin = logoUri ? new URL(logoUri).origin : undefined;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self'${logoOrigin ? ` ${logoOrigin}` : ''}`,
    "connect-src 'self'",
    `form-action 'self' ${redirectOrigin}`,
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}
