import type { OAuthStore } from '../store/oauth-store.ts';
import type { ProofReplayCache } from './proof-replay-cache.ts';

interface Pending {
  jti: string;
  expiresAt: string;
  resolve: (fresh: boolean) => void;
  reject: (error: unknown) => void;
}

/** Two parameters per proof; PostgreSQL takes at most 65,535 in one statement. */
const MAX_BATCH = 1000;

/**
 * The replay cache in the store, for vaults of several processes (PostgreSQL): every process sees
 * every proof id. Concurrent requests share one INSERT … ON CONFLICT DO NOTHING RETURNING (group
 * commit, as the audit batcher does), so a busy process makes one round trip for many proofs instead
 * of one each. No proof is skipped: each request waits until its id is stored or found.
 */
export class BatchedProofCache implements ProofReplayCache {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(private readonly store: Pick<OAuthStore, 'rememberProofs'>) {}

  remember(jti: string, expiresAt: string): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.pending.push({ jti, expiresAt, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, MAX_BATCH);
    // The same proof twice in one batch: the first is the one stored, the others are replays.
    const first = new Map<string, Pending>();
    const replays: Pending[] = [];
    for (const entry of batch) {
      if (first.has(entry.jti)) replays.push(entry);
      else first.set(entry.jti, entry);
    }
    try {
      const fresh = await this.store.rememberProofs(
        [...first.values()].map(({ jti, expiresAt }) => ({ jti, expiresAt })),
      );
      for (const entry of first.values()) entry.resolve(fresh.has(entry.jti));
      for (const entry of replays) entry.resolve(false);
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      if (this.pending.length > 0) setImmediate(() => void this.flush());
      else this.scheduled = false;
    }
  }
}
