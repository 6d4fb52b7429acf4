import type { NewCulturalRecord } from '@verwonder/shared';
import { isPastRetention, pastRetentionMessage, type CutOff } from './retention-cut-off.ts';

export interface LineIssue {
  path: string;
  message: string;
}

/** What a valid line is checked against beyond its schema: the pod it goes into. */
export interface PodChecks {
  /** The category's retention cut-off in this pod (`null`: kept until deleted). */
  cutOff: CutOff;
  /** Whether the owner's key space of the category already holds this idempotency key. */
  keyInPod(key: string): Promise<boolean>;
}

/**
 * The checks of one import file that the schema cannot make: a record the pod's retention already
 * deletes, and idempotency keys repeated in the file or already used in the pod. Found here, each
 * is a line error naming the line (and the other line), not a whole-file 409 at the unique index.
 */
export function importLineChecks(
  pod: PodChecks | undefined,
): (line: number, record: NewCulturalRecord) => Promise<LineIssue[]> {
  const keyLines = new Map<string, number>();
  return async (line, record) => {
    const issues: LineIssue[] = [];
    if (pod?.cutOff && isPastRetention(record.time, pod.cutOff))
      issues.push({ path: 'time', message: pastRetentionMessage(record.category, pod.cutOff) });
    const key = record.idempotencyKey;
    if (key !== undefined) {
      const first = keyLines.get(key);
      if (first !== undefined)
        issues.push({
          path: 'idempotencyKey',
          message: `line ${line} repeats the idempotencyKey of line ${first}`,
        });
      else {
        keyLines.set(key, line);
        if (await pod?.keyInPod(key))
          issues.push({
            path: 'idempotencyKey',
            message: 'this idempotencyKey is already used by a record in the pod',
          });
      }
    }
    return issues;
  };
}
