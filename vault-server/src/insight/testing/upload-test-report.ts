import { randomBytes } from 'node:crypto';
import { makeReport } from '../prio/client-report.ts';
import { insightVdaf, type InsightVdaf } from '../prio/insight-vdaf.ts';
import { signReport } from '../vault/upload-key.ts';
import type { TestInsight } from './test-insight.ts';

/**
 * Uploads one report of `figures` for `batch` to the test leader, as a person of its own (a fresh
 * pseudonym) of the vault the aggregators trust; `client` may be a cheating one.
 */
export async function uploadTestReport(
  insight: TestInsight,
  figures: readonly number[],
  batch: string,
  client: InsightVdaf = insightVdaf(),
): Promise<Response> {
  const keys = {
    leader: insight.leader.service.keys.publicKey,
    helper: insight.helper.service.keys.publicKey,
  };
  const report = signReport(
    insight.uploadKey,
    await makeReport(client, figures, batch, keys),
    `person-${randomBytes(6).toString('hex')}`,
  );
  return fetch(new URL('/reports', insight.leader.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(report),
  });
}
