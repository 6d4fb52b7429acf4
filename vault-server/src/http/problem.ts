import type { ErrorRequestHandler, Response } from 'express';
import { ERROR_CODES, VerwonderError, type ErrorCode } from '@verwonder/shared';
import type { Logger } from 'pino';

const TITLES: Partial<Record<ErrorCode, string>> = {
  invalid_input: 'Invalid input',
  unauthenticated: 'Sign-in required',
  forbidden: 'Forbidden',
  csrf_failed: 'Cross-site request refused',
  not_found: 'Not found',
  precondition_failed: 'Precondition failed',
  precondition_required: 'Precondition required',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  rate_limited: 'Too many requests',
  conflict: 'Conflict',
};

/** Client errors that libraries (body-parser, serve-static, zlib) report by HTTP status. */
const BY_STATUS: Partial<Record<number, [ErrorCode, string]>> = {
  400: ['invalid_input', 'the request could not be read'],
  403: ['forbidden', 'forbidden'],
  404: ['not_found', 'no such resource'],
  405: ['method_not_allowed', 'method not allowed'],
  406: ['not_acceptable', 'not acceptable'],
  409: ['conflict', 'conflict'],
  412: ['precondition_failed', 'precondition failed'],
  413: ['payload_too_large', 'the request is too large'],
  415: ['unsupported_media_type', 'unsupported media type or encoding'],
};

/**
 * Library errors we know how to name (body-parser's `type`, mostly). Their own messages are not
 * passed on: some quote what the client sent.
 */
function normalise(error: unknown): VerwonderError {
  if (error instanceof VerwonderError) return error;
  // The router decodes path parameters; a stray `%` in a URL the client typed is their error, not ours.
  if (error instanceof URIError)
    return new VerwonderError('invalid_input', 'the URL is not validly percent-encoded');
  if (typeof error === 'object' && error !== null && 'type' in error) {
    const type = (error as { type: unknown }).type;
    if (type === 'entity.too.large')
      return new VerwonderError('payload_too_large', 'the request body is too large');
    if (type === 'entity.parse.failed')
      return new VerwonderError('invalid_input', 'the request body is not valid JSON');
    if (type === 'charset.unsupported' || type === 'encoding.unsupported')
      return new VerwonderError('unsupported_media_type', 'unsupported encoding');
    if (type === 'parameters.too.many')
      return new VerwonderError('payload_too_large', 'the form has too many fields');
  }
  if (typeof error === 'object' && error !== null) {
    const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
    const code = typeof status === 'number' ? status : statusCode;
    // Any 4xx a library assigns (a missing static file, a broken gzip body, an aborted upload).
    if (typeof code === 'number' && code >= 400 && code < 500) {
      const [name, message] = BY_STATUS[code] ?? BY_STATUS[400]!;
      return new VerwonderError(name, message);
    }
  }
  return new VerwonderError('internal', 'internal error', { cause: error });
}

/** Writes an RFC 9457 problem document; `code` is the stable, machine-readable part. */
export function sendProblem(res: Response, error: VerwonderError, instance?: string): void {
  const status = ERROR_CODES[error.code];
  res
    .status(status)
    .type('application/problem+json')
    .json({
      type: `https://w3id.org/verwonder/problems/${error.code}`,
      title: TITLES[error.code] ?? error.code,
      status,
      detail: error.message,
      code: error.code,
      ...(instance ? { instance } : {}),
      ...(error.details ?? {}),
    });
}

/** The one place where errors become HTTP responses. Server errors are logged and not described. */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const problem = normalise(error);
    if (ERROR_CODES[problem.code] >= 500) {
      logger.error({ err: error, method: req.method, path: req.path }, 'request failed');
      sendProblem(
        res,
        new VerwonderError(problem.code, 'the vault could not handle this request'),
        req.path,
      );
      return;
    }
    sendProblem(res, problem, req.originalUrl.split('?')[0]);
  };
}
