/**
 * The one error type of the project. Every part throws it (or translates library errors into it at
 * its edge); HTTP layers map `code` to a status and an RFC 9457 problem document in one place.
 */
export const ERROR_CODES = {
  // client errors
  invalid_input: 400,
  invalid_request: 400,
  unauthenticated: 401,
  invalid_token: 401,
  forbidden: 403,
  insufficient_scope: 403,
  csrf_failed: 403,
  not_found: 404,
  method_not_allowed: 405,
  not_acceptable: 406,
  conflict: 409,
  gone: 410,
  precondition_failed: 412,
  precondition_required: 428,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unprocessable: 422,
  rate_limited: 429,
  // OAuth 2.x error codes, kept verbatim so they can be returned as they are
  invalid_client: 401,
  invalid_grant: 400,
  invalid_scope: 400,
  invalid_dpop_proof: 401,
  access_denied: 403,
  unsupported_grant_type: 400,
  // server side
  storage_error: 500,
  crypto_error: 500,
  config_error: 500,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface VerwonderErrorOptions {
  /** Extra, client-safe fields for the problem document (e.g. per-line import errors). */
  details?: Record<string, unknown>;
  cause?: unknown;
}

export class VerwonderError extends Error {
  override readonly name = 'VerwonderError';
  readonly code: ErrorCode;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: VerwonderErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.details = options.details;
  }

  /** The HTTP status that belongs to this error's code. */
  get status(): number {
    return ERROR_CODES[this.code];
  }

  static is(value: unknown, code?: ErrorCode): value is VerwonderError {
    return value instanceof VerwonderError && (code === undefined || value.code === code);
  }
}
