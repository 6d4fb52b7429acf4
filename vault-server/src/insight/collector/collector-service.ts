import { Buffer } from 'node:buffer';
import { VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import type { SqlDriver } from '../../storage/sql-driver.ts';
import { LAYOUT_VERSION } from '../figures-layout.ts';
import { entryMax, fromMeasurementSums } from '../figures-measurement.ts';
import { insightVdaf } from '../prio/insight-vdaf.ts';
import { AggregateShareWire, Batch } from '../prio/report-wire.ts';
import { collectableFrom } from '../report-window.ts';
import { decodeAggregate } from '../prio/share-codec.ts';
import { collectorStore, type Published } from './collector-store.ts';
import { discreteLaplace } from './discrete-laplace.ts';

export interface CollectorOptions {
  leaderUrl: string;
  helperUrl: string;
  /** The collector's bearer token at both aggregators. */
  token: string;
  minBatch: number;
  /** The fewest distinct people a dashboard figure is shown for (default: `minBatch`). */
  minPeople?: number;
  /** Per published figure; null publishes exact sums. */
  epsilon: number | null;
  fetch?: typeof fetch;
  /** The clock that says when a week's reporting window has closed (tests). */
  now?: () => Date;
  /** Told of a batch skipped (a bad row, a batch that cannot be published). */
  logger?: { warn(fields: object, message: string): void };
}

const BatchEntry = z.object({
  batch: Batch,
  reports: z.number().int(),
  rejected: z.number().int(),
  collected: z.boolean(),
});
type BatchEntry = z.infer<typeof BatchEntry>;
/** Each entry on its own: one bad row (a week that does not exist, from before the check) is skipped. */
const Batches = z.object({ minBatch: z.number().int(), batches: z.array(z.unknown()) });
export type BatchStatus = { batch: string; leader: number; helper: number; published: boolean };

/**
 * Asks both aggregators for the aggregate shares of every batch that has reached the minimum and
 * whose reporting window has closed (`collectableFrom`), adds
 * them up (unshard) and publishes the sums, with discrete Laplace noise when epsilon is set.
 */
export class CollectorService {
  readonly vdaf = insightVdaf();
  readonly store;

  constructor(
    readonly db: SqlDriver,
    readonly options: CollectorOptions,
  ) {
    this.store = collectorStore(db);
  }

  get minPeople(): number {
    return this.options.minPeople ?? this.options.minBatch;
  }

  private async call(base: string, path: string, method = 'GET', body?: unknown): Promise<unknown> {
    const response = await (this.options.fetch ?? fetch)(new URL(path, base), {
      method,
      headers: {
        authorization: `Bearer ${this.options.token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok)
      throw new VerwonderError('unavailable', `aggregator ${base} answered ${response.status}`);
    return response.json();
  }

  private async batchList(base: string): Promise<BatchEntry[]> {
    const entries: BatchEntry[] = [];
    for (const raw of Batches.parse(await this.call(base, '/batches')).batches) {
      const entry = BatchEntry.safeParse(raw);
      if (entry.success) entries.push(entry.data);
      else this.options.logger?.warn({ aggregator: base, entry: raw }, 'a batch row was skipped');
    }
    return entries;
  }

  async status(): Promise<BatchStatus[]> {
    const [leader, helper] = await Promise.all([
      this.batchList(this.options.leaderUrl),
      this.batchList(this.options.helperUrl),
    ]);
    const published = new Set((await this.store.all()).map((entry) => entry.batch));
    const helperCounts = new Map(helper.map((b) => [b.batch, b.reports]));
    return leader.map((b) => ({
      batch: b.batch,
      leader: b.reports,
      helper: helperCounts.get(b.batch) ?? 0,
      published: published.has(b.batch),
    }));
  }

  /** Publishes every batch that is ready; returns the batches published now. */
  async collectReady(): Promise<string[]> {
    const done: string[] = [];
    for (const status of await this.status()) {
      // The leader's count decides: the helper may hold reports the leader refused (never summed).
      if (status.published || status.leader < this.options.minBatch) continue;
      // Not before every vault has had the week's reporting window: collecting closes the week.
      if ((this.options.now?.() ?? new Date()) < collectableFrom(status.batch)) continue;
      // One batch that cannot be published (an older layout, a helper short of shares) stops no other.
      try {
        await this.publish(status.batch);
        done.push(status.batch);
      } catch (error) {
        if (!this.options.logger) throw error;
        this.options.logger.warn({ err: error, batch: status.batch }, 'a batch was not published');
      }
    }
    return done;
  }

  async publish(batch: string): Promise<Published> {
    const path = `/batches/${encodeURIComponent(batch)}/collect`;
    // The leader first: it closes the batch and names the reports it accepted, which the helper sums.
    const leader = AggregateShareWire.parse(await this.call(this.options.leaderUrl, path, 'POST'));
    if (!leader.reportIds || leader.reportIds.length !== leader.reports)
      throw new VerwonderError('conflict', `the leader did not name the reports of batch ${batch}`);
    const helper = AggregateShareWire.parse(
      await this.call(this.options.helperUrl, path, 'POST', { reportIds: leader.reportIds }),
    );
    if (leader.reports !== helper.reports || leader.reports < this.options.minBatch)
      throw new VerwonderError('conflict', `the aggregators disagree on batch ${batch}`);
    const shares = [leader, helper].map((wire) =>
      decodeAggregate(this.vdaf, Buffer.from(wire.share, 'base64url')),
    );
    // The sums of the binary digits, decoded to each figure's sum, and only then the noise: one
    // person moves a figure's sum by at most its range (15, or 1 for a count of people).
    const sums = fromMeasurementSums(this.vdaf.unshard(null, shares, leader.reports));
    const { epsilon } = this.options;
    const figures = sums.map((value, index) =>
      epsilon === null ? value : Math.max(0, value + discreteLaplace(epsilon, entryMax(index))),
    );
    const entry: Published = {
      batch,
      reports: leader.reports,
      figures,
      epsilon,
      publishedAt: new Date().toISOString(),
      layout: LAYOUT_VERSION,
    };
    await this.store.save(entry);
    return entry;
  }
}
