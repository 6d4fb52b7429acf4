import { VerwonderError } from '@verwonder/shared';
import type { RateLimitStore } from './rate-limit-store.ts';

export interface RateLimitRule {
  /** Names the counter family (`sign-in`, `oauth`, `client-fetch`); part of every stored key. */
  name: string;
  /** Hits allowed per caller and window. */
  limit: number;
  windowSeconds: number;
}

export interface RateLimitDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the current window ends (what Retry-After says when refused). */
  resetSeconds: number;
}

/** How often one process sweeps expired counters; any process may, the DELETE is idempotent. */
const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window limiter over the shared `rate_limits` table: per caller and rule, at most `limit` hits
 * in each window of `windowSeconds`. Counters outlive their window by one window and are then swept.
 */
export class RateLimiter {
  private lastSweep = 0;

  constructor(
    private readonly store: RateLimitStore,
    readonly rule: RateLimitRule,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async consume(caller: string): Promise<RateLimitDecision> {
    const now = this.now().getTime();
    const windowMs = this.rule.windowSeconds * 1000;
    const start = Math.floor(now / windowMs) * windowMs;
    const hits = await this.store.hit(
      `${this.rule.name}:${caller}`,
      new Date(start).toISOString(),
      new Date(start + 2 * windowMs).toISOString(),
    );
    await this.sweep(now);
    return {
      allowed: hits <= this.rule.limit,
      remaining: Math.max(0, this.rule.limit - hits),
      resetSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)),
    };
  }

  /** Throws `rate_limited` (with `retryAfter` seconds) once the caller is over the limit. */
  async check(caller: string, message = 'too many requests; try again later'): Promise<void> {
    const decision = await this.consume(caller);
    if (!decision.allowed) throw rateLimited(decision.resetSeconds, message);
  }

  private async sweep(now: number): Promise<void> {
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    // A failed sweep only leaves rows for the next one; it must not fail the request.
    await this.store.deleteExpired(new Date(now).toISOString()).catch(() => undefined);
  }
}

export function rateLimited(retryAfterSeconds: number, message: string): VerwonderError {
  return new VerwonderError('rate_limited', message, {
    details: { retryAfter: retryAfterSeconds },
  });
}

/** The seconds a `rate_limited` error asks the caller to wait. */
export function retryAfterOf(error: VerwonderError): number {
  const value = error.details?.retryAfter;
  return typeof value === 'number' && value > 0 ? Math.ceil(value) : 60;
}
