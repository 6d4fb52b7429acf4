import type { RequestHandler } from 'express';
import { limitRequests } from '../http/rate-limit/limit-requests.ts';
import { rateLimitStore } from '../http/rate-limit/rate-limit-store.ts';
import { RateLimiter } from '../http/rate-limit/rate-limiter.ts';
import type { VaultContext } from '../vault-context.ts';

/**
 * Sign-up, sign-in and recovery attempts per client address and minute. The counters live in the
 * database, so N vault processes on one database still let only `authRateLimit` attempts through.
 */
export function signInLimiter(ctx: VaultContext): RequestHandler {
  return limitRequests(
    new RateLimiter(rateLimitStore(ctx.storage.driver), {
      name: 'sign-in',
      limit: ctx.config.authRateLimit,
      windowSeconds: 60,
    }),
    'too many attempts; wait a minute',
  );
}
