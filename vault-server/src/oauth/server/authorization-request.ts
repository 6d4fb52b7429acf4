import {
  DataCategoryId,
  Purpose,
  Scope,
  VerwonderError,
  parseScopeString,
  type DataCategoryId as Category,
} from '@verwonder/shared';
import { z } from 'zod';
import type { ClientMetadata } from '../clients/client-metadata.ts';
import type { OAuthConfig } from '../oauth-config.ts';
import { checkPkceChallenge } from '../tokens/pkce.ts';

export const AUTHORIZATION_DETAILS_TYPE = 'verwonder_access';

/** What `suggestions:rank` ranks over when a site names no categories. */
export const DEFAULT_RANK_CATEGORIES: readonly Category[] = [
  'interests',
  'loans',
  'tickets',
  'visits',
];

/**
 * RFC 9396 entry: the DPV purpose, the last day wanted, and which categories ranking may use. Other
 * common RAR fields (locations, actions…) are accepted and ignored: scopes say what is allowed.
 */
export const AuthorizationDetail = z.object({
  type: z.literal(AUTHORIZATION_DETAILS_TYPE),
  purpose: Purpose,
  until: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  rank_categories: z.array(DataCategoryId).max(10).optional(),
});

/** A validated authorization request, as stored between the authorize call and the consent decision. */
export const AuthorizationRequest = z
  .object({
    clientId: z.url(),
    redirectUri: z.url(),
    state: z.string().min(1).max(512),
    scopes: z.array(Scope).min(1),
    codeChallenge: z.string().length(43),
    purpose: Purpose,
    /** The last day the site asked for, `YYYY-MM-DD` (already capped at the longest grant). */
    until: z.iso.date(),
    rankCategories: z.array(DataCategoryId),
    dpopJkt: z.string().length(43).optional(),
  })
  .strict();
export type AuthorizationRequest = z.infer<typeof AuthorizationRequest>;

export type RawParams = Record<string, unknown>;

/** One value per parameter (RFC 6749 §3.1: parameters must not be repeated). */
export function param(raw: RawParams, name: string): string | undefined {
  const value = raw[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string')
    throw new VerwonderError('invalid_request', `${name} must be given once`);
  return value;
}

/**
 * The redirect URI must be one the client's document lists, compared as exact strings (no prefix or
 * pattern matching, which is how open redirects happen). Without one, a single listed URI is used.
 */
export function matchRedirectUri(raw: RawParams, client: ClientMetadata): string {
  const asked = param(raw, 'redirect_uri');
  if (asked === undefined) {
    if (client.redirect_uris.length === 1 && client.redirect_uris[0])
      return client.redirect_uris[0];
    throw new VerwonderError('invalid_request', 'redirect_uri is required');
  }
  if (!client.redirect_uris.includes(asked))
    throw new VerwonderError(
      'invalid_request',
      'redirect_uri is not one of the client’s registered redirect URIs',
    );
  return asked;
}

const DAY = 86_400_000;
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);
/** A real calendar day `YYYY-MM-DD` (no 30 February): zod's date, and it must survive a round trip. */
export const CalendarDay = z.iso
  .date()
  .refine((day) => isoDay(new Date(`${day}T00:00:00Z`)) === day, 'not a day of the calendar');
/** A grant runs through the last day named, to its end (UTC). */
export const endOfDay = (day: string): string => `${day}T23:59:59.999Z`;

/** Everything after client and redirect URI; errors here go back to the client's redirect URI. */
export function parseAuthorizationRequest(
  raw: RawParams,
  client: ClientMetadata & { client_id: string },
  redirectUri: string,
  config: OAuthConfig,
  now = new Date(),
): AuthorizationRequest {
  if (param(raw, 'response_type') !== 'code')
    throw new VerwonderError('invalid_request', 'response_type must be code');
  if (raw.request !== undefined)
    throw new VerwonderError(
      'invalid_request',
      'request objects are not supported; use pushed authorization requests',
    );
  const state = param(raw, 'state');
  if (!state) throw new VerwonderError('invalid_request', 'state is required');
  if (state.length > 512) throw new VerwonderError('invalid_request', 'state is too long');
  const codeChallenge = checkPkceChallenge(
    param(raw, 'code_challenge'),
    param(raw, 'code_challenge_method'),
  );

  const scopes = parseScopeString(param(raw, 'scope') ?? '');
  if (scopes.length === 0) throw new VerwonderError('invalid_scope', 'scope is required');
  if (client.scope && scopes.some((scope) => !client.scope?.includes(scope))) {
    throw new VerwonderError(
      'invalid_scope',
      'the request asks more than the client’s metadata document declares',
    );
  }

  const detail = parseDetails(param(raw, 'authorization_details'));
  const longest = isoDay(new Date(now.getTime() + config.maxGrantDays * DAY));
  const asked = detail.until
    ? detail.until.slice(0, 10)
    : isoDay(new Date(now.getTime() + config.defaultGrantDays * DAY));
  if (asked < isoDay(now))
    throw new VerwonderError('invalid_request', 'authorization_details.until is in the past');

  const dpopJkt = param(raw, 'dpop_jkt');
  if (dpopJkt !== undefined && !/^[A-Za-z0-9_-]{43}$/.test(dpopJkt))
    throw new VerwonderError('invalid_request', 'dpop_jkt must be a SHA-256 JWK thumbprint');

  return AuthorizationRequest.parse({
    clientId: client.client_id,
    redirectUri,
    state,
    scopes,
    codeChallenge,
    purpose: detail.purpose,
    until: asked < longest ? asked : longest,
    rankCategories: scopes.includes('suggestions:rank')
      ? [...new Set(detail.rank_categories ?? DEFAULT_RANK_CATEGORIES)]
      : [],
    ...(dpopJkt ? { dpopJkt } : {}),
  });
}

function parseDetails(value: string | undefined): z.infer<typeof AuthorizationDetail> {
  if (value === undefined)
    throw new VerwonderError(
      'invalid_request',
      `authorization_details of type ${AUTHORIZATION_DETAILS_TYPE} with a purpose is required`,
    );
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new VerwonderError('invalid_request', 'authorization_details is not JSON');
  }
  const parsed = z.array(AuthorizationDetail).length(1).safeParse(json);
  if (!parsed.success || !parsed.data[0]) {
    throw new VerwonderError(
      'invalid_request',
      `authorization_details must hold one entry of type ${AUTHORIZATION_DETAILS_TYPE} with a DPV purpose`,
    );
  }
  return parsed.data[0];
}

/** The RAR entry as granted, returned with tokens and by introspection. */
export function grantedDetails(grant: {
  purpose: Purpose;
  expiresAt: string;
  rankCategories: readonly Category[];
}) {
  return [
    {
      type: AUTHORIZATION_DETAILS_TYPE,
      purpose: grant.purpose,
      until: grant.expiresAt,
      ...(grant.rankCategories.length > 0 ? { rank_categories: grant.rankCategories } : {}),
    },
  ];
}
