import { VerwonderError, Scope } from '@verwonder/shared';
import { z } from 'zod';
import { parseClientUrl } from './client-id-url.ts';

/**
 * A client writes its own document: its text goes into the database (PostgreSQL refuses NUL in
 * text), the audit log, the consent page and headers, so control characters are refused outright.
 */
const NO_CONTROL = /^[^\p{Cc}]*$/u;
const NO_CONTROL_MESSAGE = 'must not contain control characters';
const Text = (max: number) => z.string().max(max).regex(NO_CONTROL, NO_CONTROL_MESSAGE);

const ClientUrl = (what: string) =>
  Text(2000).refine((value) => {
    try {
      parseClientUrl(value, what);
      return true;
    } catch {
      return false;
    }
  }, `${what} must be https (http only on loopback), without credentials or fragment`);

/**
 * A Client ID Metadata Document (Solid-OIDC §5, draft-ietf-oauth-client-id-metadata-document). Only
 * public clients: no secrets are kept for sites nobody registered. Unknown members are ignored.
 */
export const ClientMetadata = z.object({
  client_id: z.string(),
  client_name: z.string().trim().min(1).max(200).regex(NO_CONTROL, NO_CONTROL_MESSAGE),
  logo_uri: ClientUrl('logo_uri').optional(),
  redirect_uris: z.array(ClientUrl('redirect_uri')).min(1).max(10),
  policy_uri: ClientUrl('policy_uri').optional(),
  client_uri: ClientUrl('client_uri').optional(),
  contacts: z.array(Text(320)).max(10).optional(),
  /** The most a client will ever ask; a request beyond it is refused. */
  scope: z
    .string()
    .max(2000)
    .optional()
    .transform((value) => value?.split(' ').filter((part) => part.length > 0))
    .pipe(z.array(Scope).optional()),
  grant_types: z.array(z.string()).default(['authorization_code']),
  response_types: z.array(z.string()).default(['code']),
  token_endpoint_auth_method: z.literal('none').default('none'),
});
export type ClientMetadata = z.infer<typeof ClientMetadata>;

/** Parses a fetched document; its `client_id` must be the very URL it was fetched from. */
export function parseClientMetadata(clientId: string, value: unknown): ClientMetadata {
  const parsed = ClientMetadata.safeParse(value);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new VerwonderError(
      'invalid_client',
      `the client's metadata document is invalid: ${first ? `${first.path.join('.')} ${first.message}` : 'unknown problem'}`,
    );
  }
  if (parsed.data.client_id !== clientId)
    throw new VerwonderError(
      'invalid_client',
      "the metadata document's client_id is not its own URL",
    );
  if (!parsed.data.grant_types.includes('authorization_code'))
    throw new VerwonderError(
      'invalid_client',
      'the client does not use the authorization code grant',
    );
  if (!parsed.data.response_types.includes('code'))
    throw new VerwonderError('invalid_client', 'the client does not use response type code');
  return parsed.data;
}
