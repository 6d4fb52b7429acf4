import { GroupCommit } from '../storage/group-commit.ts';
import type { VaultStorage } from '../storage/vault-storage.ts';
import { appendAuditBatch, type AuditEvent } from './audit-log.ts';

interface Entry {
  pod: string;
  event: AuditEvent;
  at: Date;
}

/**
 * Group commit for audit entries that are not part of a data write (reads and listings): concurrent
 * requests share one transaction. Each request still waits until its entry is committed, so no read
 * is ever answered without its log entry.
 */
export class AuditBatcher {
  private readonly group: GroupCommit<Entry, void>;

  constructor(storage: VaultStorage, maxBatch = 256) {
    this.group = new GroupCommit<Entry, void>(async (entries) => {
      const byPod = new Map<string, Entry[]>();
      for (const entry of entries) {
        const list = byPod.get(entry.pod);
        if (list) list.push(entry);
        else byPod.set(entry.pod, [entry]);
      }
      // Chain heads are locked in one order (byte order of pod names, whatever the database's
      // collation) by every process and by the retention purge: two transactions that hold the same
      // pods then wait for each other instead of deadlocking.
      await appendAuditBatch(storage, byPod);
      return entries.map(() => undefined);
    }, maxBatch);
  }

  append(pod: string, event: AuditEvent): Promise<void> {
    return this.group.add({ pod, event, at: new Date() });
  }

  /** Resolves once every entry appended so far is committed (or failed): shutdown waits for this. */
  idle(): Promise<void> {
    return this.group.idle();
  }
}
