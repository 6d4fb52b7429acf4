import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';
import type { InsightClientConfig } from './submit-report.ts';

const Env = z.object({
  VAULT_INSIGHT_LEADER_URL: z.url().optional(),
  VAULT_INSIGHT_HELPER_URL: z.url().optional(),
  /** How often the weekly-report timer looks for a week to send; 0 turns it off. */
  VAULT_INSIGHT_REPORT_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(3600),
});

/** The aggregators a vault process reports to, from its environment; undefined when none is set. */
export function insightClientFromEnv(
  env: NodeJS.ProcessEnv,
): { client: InsightClientConfig; reportIntervalSeconds: number } | undefined {
  const parsed = Env.safeParse(env);
  if (!parsed.success)
    throw new VerwonderError(
      'config_error',
      `invalid insight configuration: ${z.prettifyError(parsed.error)}`,
    );
  const { VAULT_INSIGHT_LEADER_URL: leaderUrl, VAULT_INSIGHT_HELPER_URL: helperUrl } = parsed.data;
  if (!leaderUrl && !helperUrl) return undefined;
  if (!leaderUrl || !helperUrl)
    throw new VerwonderError(
      'config_error',
      'set both VAULT_INSIGHT_LEADER_URL and VAULT_INSIGHT_HELPER_URL, or neither',
    );
  return {
    client: { leaderUrl, helperUrl },
    reportIntervalSeconds: parsed.data.VAULT_INSIGHT_REPORT_INTERVAL_SECONDS,
  };
}
