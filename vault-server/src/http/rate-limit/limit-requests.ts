import type { RequestHandler, Response } from 'express';
import type { VerwonderError } from '@verwonder/shared';
import { sendProblem } from '../problem.ts';
import { clientAddress } from './client-address.ts';
import { rateLimited, retryAfterOf, type RateLimiter } from './rate-limiter.ts';

/** A 429 problem document (`code: rate_limited`) with Retry-After, never cached. */
export function sendRateLimited(res: Response, error: VerwonderError): void {
  res.set({ 'Retry-After': String(retryAfterOf(error)), 'Cache-Control': 'no-store' });
  sendProblem(res, error);
}

/** Counts every request against the caller's budget under `limiter`; over it, answers 429. */
export function limitRequests(limiter: RateLimiter, message: string): RequestHandler {
  return async (req, res, next) => {
    const decision = await limiter.consume(clientAddress(req));
    if (decision.allowed) return next();
    sendRateLimited(res, rateLimited(decision.resetSeconds, message));
  };
}
