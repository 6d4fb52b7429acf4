import { VerwonderError } from '@verwonder/shared';

/** Where DPoP proof ids are remembered until their proof would be too old anyway. */
export interface ProofReplayCache {
  /** False when the id was seen before (a replay). */
  remember(id: string, expiresAt: string): Promise<boolean>;
}

/**
 * The replay cache in memory, for a vault that is one process (the embedded SQLite setup). It saves a
 * database write per request; with PostgreSQL, where several processes may serve one database, the
 * store's table is used instead. Bounded: when full of live ids it refuses rather than forgets one.
 */
export class MemoryProofCache implements ProofReplayCache {
  private readonly seen = new Map<string, number>();
  private sweptAt = 0;

  constructor(
    private readonly maxEntries = 500_000,
    private readonly now: () => number = Date.now,
  ) {}

  async remember(id: string, expiresAt: string): Promise<boolean> {
    const now = this.now();
    const until = Date.parse(expiresAt);
    const known = this.seen.get(id);
    if (known !== undefined && known > now) return false;
    if (this.seen.size >= this.maxEntries || now - this.sweptAt > 10_000) this.sweep(now);
    if (this.seen.size >= this.maxEntries)
      throw new VerwonderError('unavailable', 'too many DPoP proofs in flight; try again shortly');
    this.seen.set(id, until);
    return true;
  }

  private sweep(now: number): void {
    this.sweptAt = now;
    for (const [id, until] of this.seen) if (until <= now) this.seen.delete(id);
  }
}
