import { Buffer } from 'node:buffer';
import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import type { VaultContext } from '../../vault-context.ts';
import { weekFigures } from '../attribution.ts';
import { isIdle, toVector } from '../figures-layout.ts';
import type { InstitutionMap } from '../institution-of.ts';
import { makeReport } from '../prio/client-report.ts';
import { insightVdaf } from '../prio/insight-vdaf.ts';
import { insightSettingsStore } from './insight-settings-store.ts';
import { podAttribution } from './pod-attribution.ts';
import { insightUploadKey, signReport } from './upload-key.ts';

export interface InsightClientConfig {
  leaderUrl: string;
  helperUrl: string;
  origins?: InstitutionMap;
  fetch?: typeof fetch;
}

const HpkeConfig = z.object({ publicKey: z.string() });
const Refusal = z.object({ reason: z.string() });
const vdaf = insightVdaf();

async function publicKey(config: InsightClientConfig, url: string): Promise<Buffer> {
  const response = await (config.fetch ?? fetch)(new URL('/hpke-config', url));
  if (!response.ok) throw new VerwonderError('unavailable', 'an aggregator cannot be reached');
  return Buffer.from(HpkeConfig.parse(await response.json()).publicKey, 'base64url');
}

/**
 * The person's vault reports one week: its figures become a Prio3 report whose two shares are sealed
 * for the two aggregators and uploaded to the leader. Only with the person's opt-in, once per week.
 * An idle week (nothing shown at a known institution) is not sent: the aggregators' minimum counts
 * reports, so an all-zero report would count a person who contributed nothing to any figure.
 */
export async function submitWeekReport(
  ctx: VaultContext,
  pod: string,
  week: string,
  config: InsightClientConfig,
): Promise<{ week: string; suggestions: number; outcome: 'sent' | 'idle' }> {
  const settings = insightSettingsStore(ctx.storage.driver);
  if (!(await settings.optedIn(pod)))
    throw new VerwonderError('conflict', 'this pod has not opted in to insight reports');
  if (!(await settings.claimWeek(pod, week)))
    throw new VerwonderError('conflict', `week ${week} was already reported`);
  let held = false;
  try {
    const suggestions = await podAttribution(
      ctx,
      pod,
      { actor: { type: 'system', job: 'insight-report' } },
      config.origins,
    );
    const measurement = toVector(weekFigures(suggestions, week));
    if (isIdle(measurement)) {
      held = true;
      await settings.settleWeek(pod, week, 'idle');
      return { week, suggestions: 0, outcome: 'idle' };
    }
    const [leader, helper] = await Promise.all([
      publicKey(config, config.leaderUrl),
      publicKey(config, config.helperUrl),
    ]);
    const report = await makeReport(vdaf, measurement, week, { leader, helper });
    // Signed by this vault, with the person's pseudonym for each aggregator and this week.
    const signed = signReport(await insightUploadKey(ctx), report, pod);
    // The person may have opted out while the report was made: the database decides, last thing.
    if (!(await settings.optedIn(pod)))
      throw new VerwonderError('conflict', 'this pod opted out of insight reports');
    const response = await (config.fetch ?? fetch)(new URL('/reports', config.leaderUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signed),
    });
    // The leader already accepted this person's report of the week (it asks the helper only
    // when it has none, so a lost helper answer is retried, not refused): the claim stays.
    if (response.status === 409) {
      const refusal = Refusal.safeParse(await response.json().catch(() => null));
      if (!refusal.success || refusal.data.reason !== 'already_reported')
        throw new VerwonderError('unavailable', 'the leader aggregator refused the report');
      held = true;
      throw new VerwonderError('conflict', `week ${week} was already reported`, {
        details: { reason: 'already_reported' },
      });
    }
    // The week was collected before this report: it can never be counted, so it is not retried.
    if (response.status === 422) {
      const refusal = Refusal.safeParse(await response.json().catch(() => null));
      if (refusal.success && refusal.data.reason === 'batch_closed') {
        held = true;
        await settings.settleWeek(pod, week, 'closed');
        throw new VerwonderError('conflict', `week ${week} was closed before this report`, {
          details: { reason: 'week_closed' },
        });
      }
    }
    if (!response.ok)
      throw new VerwonderError('unavailable', `the leader aggregator answered ${response.status}`);
    const shown = suggestions.filter((s) => s.week === week).length;
    return { week, suggestions: shown, outcome: 'sent' };
  } catch (error) {
    // Not sent: the person (or the next timer run) may try again.
    if (!held) await settings.releaseWeek(pod, week);
    throw error;
  }
}
