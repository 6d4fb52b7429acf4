import { AUDIT_GENESIS_HASH } from '@verwonder/shared';
import { fromRow, hashEntry } from './audit-log.ts';
import type { VaultStores } from '../storage/vault-storage.ts';

export interface AuditProblem {
  pod: string;
  seq: number;
  problem: 'unreadable' | 'hash-mismatch' | 'broken-link' | 'missing-entries' | 'truncated';
}

export interface AuditReport {
  pods: number;
  entries: number;
  problems: AuditProblem[];
}

/**
 * Walks each pod's chain from the start: an edited entry no longer matches its hash, a removed one
 * leaves a gap in the sequence and a broken link, and a removed tail no longer reaches the stored head.
 */
export async function verifyAudit(db: VaultStores, onlyPod?: string): Promise<AuditReport> {
  const pods = onlyPod ? [onlyPod] : await db.audit.pods();
  const report: AuditReport = { pods: pods.length, entries: 0, problems: [] };
  for (const pod of pods) {
    let expectedSeq = 0;
    let prevHash = AUDIT_GENESIS_HASH;
    for (;;) {
      const rows = await db.audit.page(pod, expectedSeq - 1, 500);
      if (rows.length === 0) break;
      for (const row of rows) {
        report.entries += 1;
        if (row.seq !== expectedSeq)
          report.problems.push({ pod, seq: expectedSeq, problem: 'missing-entries' });
        const entry = fromRow(row);
        if (!entry) report.problems.push({ pod, seq: row.seq, problem: 'unreadable' });
        else {
          const { hash, ...unhashed } = entry;
          if (hashEntry(unhashed) !== hash)
            report.problems.push({ pod, seq: row.seq, problem: 'hash-mismatch' });
          if (entry.prevHash !== prevHash)
            report.problems.push({ pod, seq: row.seq, problem: 'broken-link' });
        }
        prevHash = row.hash;
        expectedSeq = row.seq + 1;
      }
    }
    const head = await db.audit.head(pod);
    if (head && (head.seq !== expectedSeq - 1 || head.hash !== prevHash))
      report.problems.push({ pod, seq: expectedSeq, problem: 'truncated' });
  }
  return report;
}
