import type { VaultStorage } from '../storage/vault-storage.ts';
import { appendAuditBatch, type AuditEvent } from './audit-log.ts';

interface Pending {
  pod: string;
  event: AuditEvent;
  at: Date;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for audit entries that are not part of a data write (reads and listings): concurrent
 * requests share one transaction. Each request still waits until its entry is committed, so no read
 * is ever answered without its log entry.
 */
export class AuditBatcher {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(
    private readonly storage: VaultStorage,
    private readonly maxBatch = 256,
  ) {}

  append(pod: string, event: AuditEvent): Promise<void> {
    return new Promise((resolve, reject) => {
      this.pending.push({ pod, event, at: new Date(), resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Resolves once every entry appended so far is committed (or failed): shutdown waits for this. */
  async idle(): Promise<void> {
    while (this.scheduled) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    try {
      const byPod = new Map<string, Pending[]>();
      for (const entry of batch) {
        const entries = byPod.get(entry.pod);
        if (entries) entries.push(entry);
        else byPod.set(entry.pod, [entry]);
      }
      // Chain heads are locked in one order (sorted pod ids) by every process: two processes whose
      // batches hold the same pods then wait for each other instead of deadlocking.
      await appendAuditBatch(this.storage, byPod);
      for (const entry of batch) entry.resolve();
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      if (this.pending.length > 0) setImmediate(() => void this.flush());
      else this.scheduled = false;
    }
  }
}
