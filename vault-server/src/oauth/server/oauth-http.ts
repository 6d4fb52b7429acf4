import express, { type Request, type RequestHandler, type Response } from 'express';
import { VerwonderError, type ErrorCode } from '@verwonder/shared';

/** Error codes RFC 6749 / 7009 / 9126 / 9449 define, passed through verbatim. */
const OAUTH_CODES = new Set<ErrorCode>([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'invalid_scope',
  'access_denied',
  'unsupported_grant_type',
  'invalid_dpop_proof',
  'invalid_token',
]);

export function oauthErrorCode(error: VerwonderError): string {
  if (OAUTH_CODES.has(error.code)) return error.code;
  if (error.code === 'invalid_input') return 'invalid_request';
  return error.status >= 500 ? 'server_error' : 'invalid_request';
}

/** Token-style endpoints answer `{ error, error_description }` (RFC 6749 §5.2), never cached. */
export function sendOAuthError(res: Response, error: unknown): void {
  const problem = VerwonderError.is(error)
    ? error
    : new VerwonderError('internal', 'internal error', { cause: error });
  const code = oauthErrorCode(problem);
  // RFC 6749: 401 only for failed client authentication; DPoP errors at the token endpoint are 400.
  const status = code === 'invalid_client' ? 401 : code === 'server_error' ? 500 : 400;
  noStore(res);
  res.status(status).json({
    error: code,
    error_description:
      status === 500 ? 'the server could not handle this request' : problem.message,
  });
}

export function noStore(res: Response): void {
  res.set({ 'Cache-Control': 'no-store', Pragma: 'no-cache' });
}

/** Form bodies of the OAuth endpoints and the consent form: small, flat (no nested objects). */
export const formBody: RequestHandler = express.urlencoded({
  extended: false,
  limit: '32kb',
  parameterLimit: 100,
});

export function requireForm(req: Request): Record<string, unknown> {
  if (!req.is('application/x-www-form-urlencoded'))
    throw new VerwonderError('invalid_request', 'send application/x-www-form-urlencoded');
  const body: unknown = req.body;
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

/** The URL a request was addressed to, as its sender saw it: the public origin plus the path. */
export const publicUrlOf = (issuer: string, req: Request): string =>
  `${new URL(issuer).origin}${req.originalUrl}`;

/** The values of a repeatable form field. */
export function many(body: Record<string, unknown>, name: string): string[] {
  const value = body[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter(
    (item): item is string => typeof item === 'string',
  );
}

/**
 * For form posts: the Origin must be ours when the browser names one. `null` (sent under a
 * no-referrer policy) and no header at all leave the decision to the CSRF token, which is required.
 */
export function sameOriginOrUnknown(issuer: string, req: Request): boolean {
  const origin = req.get('origin');
  return origin === undefined || origin === 'null' || origin === new URL(issuer).origin;
}
