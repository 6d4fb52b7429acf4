/**
 * The Verwonder browser extension as an OAuth client. An extension cannot serve a Client ID Metadata
 * Document (its pages are chrome-extension:// or moz-extension:// URLs the vault cannot fetch), so
 * the vault serves the extension's document itself, under its own origin, and answers its own
 * `client_id` without a network round trip. The redirect URI is a static page of the vault that the
 * extension watches for (tabs.onUpdated) and closes; PKCE and DPoP protect the code it carries.
 */
export const EXTENSION_CLIENT_PATH = '/oauth/clients/verwonder-extension.json';
export const EXTENSION_CALLBACK_PATH = '/oauth/extension-callback';

/** The most the extension ever asks (the consent page lets the person untick any of them). */
export const EXTENSION_SCOPES = [
  'profile:read',
  'interests:read',
  'loans:read',
  'tickets:read',
  'visits:read',
  'museum-app:read',
  'browsing:read',
  'browsing:write',
  'feedback:read',
  'feedback:write',
  'location:read',
  'dna:read',
] as const;

export const extensionClientId = (issuer: string): string => `${issuer}${EXTENSION_CLIENT_PATH}`;

export function extensionClientDocument(issuer: string) {
  return {
    client_id: extensionClientId(issuer),
    client_name: 'Verwonder-extensie',
    redirect_uris: [`${issuer}${EXTENSION_CALLBACK_PATH}`],
    client_uri: `${issuer}/`,
    scope: EXTENSION_SCOPES.join(' '),
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    token_endpoint_auth_method: 'none',
  };
}

/** The vault's own client documents by client_id (today: the extension's), for the resolver. */
export function ownClientDocument(issuer: string, clientId: string): unknown {
  return clientId === extensionClientId(issuer) ? extensionClientDocument(issuer) : undefined;
}
