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
}

/**
 * The checks of one import file that the schema cannot make: a record the pod's retention already
 * deletes is a line error naming the line, not a record that feeds views until the next purge.
 */
export function importLineChecks(
  pod: PodChecks | undefined,
): (line: number, record: NewCulturalRecord) => Promise<LineIssue[]> {
  return async (_line, record) => {
    const issues: LineIssue[] = [];
    if (pod?.cutOff && isPastRetention(record.time, pod.cutOff))
      issues.push({ path: 'time', message: pastRetentionMessage(record.category, pod.cutOff) });
    return issues;
  };
}
