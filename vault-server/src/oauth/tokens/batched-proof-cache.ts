import { GroupCommit } from '../../storage/group-commit.ts';
import type { OAuthStore } from '../store/oauth-store.ts';
import type { ProofReplayCache } from './proof-replay-cache.ts';

interface Proof {
  jti: string;
  expiresAt: string;
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
  private readonly group: GroupCommit<Proof, boolean>;

  constructor(store: Pick<OAuthStore, 'rememberProofs'>) {
    this.group = new GroupCommit(async (proofs) => {
      // The same proof twice in one batch: the first is the one stored, the others are replays.
      const firsts = new Map<string, Proof>();
      for (const proof of proofs) if (!firsts.has(proof.jti)) firsts.set(proof.jti, proof);
      const fresh = await store.rememberProofs([...firsts.values()]);
      return proofs.map((proof) => firsts.get(proof.jti) === proof && fresh.has(proof.jti));
    }, MAX_BATCH);
  }

  remember(jti: string, expiresAt: string): Promise<boolean> {
    return this.group.add({ jti, expiresAt });
  }
}
