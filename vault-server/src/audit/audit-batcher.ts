import type { VaultStorage } from '../storage/vault-storage.ts';
import { appendAuditEntries, type AuditEvent } from './audit-log.ts';

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

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    try {
      const byPod = new Map<string, Pending[]>();
      for (const entry of batch) byPod.set(entry.pod, [...(byPod.get(entry.pod) ?? []), entry]);
      await this.storage.transaction(async (tx) => {
        for (const [pod, entries] of byPod) await appendAuditEntries(tx, pod, entries);
      });
      for (const entry of batch) entry.resolve();
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      if (this.pending.length > 0) setImmediate(() => void this.flush());
      else this.scheduled = false;
    }
  }
}
