import type { RequestHandler } from 'express';

/** Endpoints browser-based clients call from other origins (no cookies are involved: tokens are DPoP-bound). */
const OPEN =
  /^\/(\.well-known\/(oauth-authorization-server|jwks\.json)|oauth\/(token|par|revoke|introspect))$/;

/**
 * CORS for the OAuth endpoints and for token requests to pods, without credentials. Cookie-based
 * routes never get these headers, so another origin still cannot read an owner's data.
 */
export function oauthCors(): RequestHandler {
  return (req, res, next) => {
    const forPod =
      req.path.startsWith('/pods/') &&
      (req.method === 'OPTIONS'
        ? /dpop|authorization/i.test(req.get('access-control-request-headers') ?? '')
        : req.get('authorization') !== undefined);
    if (!OPEN.test(req.path) && !forPod) return next();
    res.set({
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Expose-Headers':
        'ETag, Location, Link, WWW-Authenticate, DPoP-Nonce, Idempotency-Replayed',
      'Cross-Origin-Resource-Policy': 'cross-origin',
    });
    if (req.method !== 'OPTIONS') return next();
    res
      .set({
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE',
        'Access-Control-Allow-Headers':
          'Authorization, DPoP, Content-Type, If-Match, Idempotency-Key, Accept',
        'Access-Control-Max-Age': '600',
      })
      .status(204)
      .end();
  };
}
