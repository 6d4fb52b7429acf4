import { Buffer } from 'node:buffer';
import { VerwonderError } from '@verwonder/shared';
import type { SecretBox } from '../../oauth/keys/secret-box.ts';
import type { SqlDriver } from '../../storage/sql-driver.ts';
import { generateHpkeKeyPair, openShare, type HpkeKeyPair } from '../prio/hpke-envelope.ts';
import { insightVdaf, type InsightVdaf } from '../prio/insight-vdaf.ts';
import {
  shareAad,
  type AggregateShareWire,
  type HelperPrepare,
  type HelperPrepareResponse,
  type Upload,
} from '../prio/report-wire.ts';
import {
  addAggregate,
  decodeAggregate,
  decodeInputShare,
  decodePrepShare,
  decodePublicShare,
  encodeAggregate,
  encodePrepShare,
  rejected,
  zeroAggregate,
  type PrepShare,
} from '../prio/share-codec.ts';
import { aggregatorStore } from '../storage/aggregator-store.ts';
import { alreadyUploaded, authenticateUpload, type Uploader } from './authenticate-upload.ts';
import { batchClosed, collectBatch } from './collect-batch.ts';
import type { TrustedVaults } from './trusted-vaults.ts';
import { LAYOUT_VERSION } from '../figures-layout.ts';

export type AggregatorRole = 'leader' | 'helper';

export interface AggregatorOptions {
  role: AggregatorRole;
  /** The VDAF verification key, shared by the two aggregators and no one else. */
  verifyKey: Buffer;
  minBatch: number;
  /** Seals the HPKE private key at rest: a key of this aggregator's own, never the vault's. */
  box: SecretBox;
  /** The vaults whose signed uploads this aggregator accepts. */
  vaults: TrustedVaults;
  /** Leader only: sends the helper its part of each report. */
  askHelper?: (body: HelperPrepare) => Promise<HelperPrepareResponse>;
}

/**
 * One aggregator: prepares each report with its peer (the proof check of Prio3: the two verifier
 * shares together decide validity, neither alone learns the measurement), adds the output share to
 * its batch's aggregate share, and forgets the report. A batch is handed out once it is large enough.
 */
export class AggregatorService {
  readonly vdaf: InsightVdaf = insightVdaf();
  readonly store;

  private constructor(
    readonly db: SqlDriver,
    readonly options: AggregatorOptions,
    readonly keys: HpkeKeyPair,
  ) {
    this.store = aggregatorStore(db);
  }

  static async open(db: SqlDriver, options: AggregatorOptions): Promise<AggregatorService> {
    if (options.verifyKey.length !== insightVdaf().verifyKeySize)
      throw new VerwonderError('config_error', 'the verify key must be 16 bytes');
    const store = aggregatorStore(db);
    let keys = await store.keys(options.box);
    if (!keys) {
      await store.saveKeys(options.box, await generateHpkeKeyPair());
      keys = (await store.keys(options.box))!;
    }
    return new AggregatorService(db, options, keys);
  }

  private async admit(reportId: string, batch: string): Promise<void> {
    const row = await this.store.batch(batch);
    if (row?.collectedAt) throw batchClosed();
    if (await this.store.seen(reportId)) throw rejected('the report was already counted');
  }

  private async prepareOwn(
    body: { reportId: string; batch: string; nonce: string; publicShare: string[] },
    sealed: Upload['leaderShare'],
  ) {
    const { role, verifyKey } = this.options;
    const plain = await openShare(this.keys, sealed, shareAad(role, body.reportId, body.batch));
    const input = decodeInputShare(this.vdaf, plain);
    const publicShare = decodePublicShare(this.vdaf, body.publicShare);
    const nonce = Buffer.from(body.nonce, 'base64url');
    return this.vdaf.prepareInit(
      verifyKey,
      role === 'leader' ? 0 : 1,
      null,
      nonce,
      publicShare,
      input,
    );
  }

  /**
   * Both verifier shares decide; an invalid report (e.g. a digit out of range) fails here. The
   * leader refuses a report of a person it accepted, named by the helper in `earlier`; the helper
   * returns those it holds of the same person (a retry: the leader asks only when it has none).
   */
  private async finish(
    reportId: string,
    batch: string,
    uploader: Uploader,
    state: Awaited<ReturnType<InsightVdaf['prepareInit']>>['preparationState'],
    shares: PrepShare[],
    earlier: readonly string[] = [],
  ): Promise<string[]> {
    let outputShare: bigint[];
    try {
      const message = await this.vdaf.unshardPreparationShares(null, shares);
      const next = this.vdaf.prepareNext(state, message);
      if (!('outputShare' in next)) throw new Error('Prio3 has one round');
      outputShare = next.outputShare;
    } catch {
      await this.countRejected(batch);
      throw rejected('the proof check failed');
    }
    const helper = this.options.role === 'helper';
    return this.db.transaction(async (tx) => {
      const store = aggregatorStore(tx);
      if (!(await store.markSeen(reportId, batch)))
        throw rejected('the report was already counted');
      for (const id of earlier) if (await store.seen(id)) throw alreadyUploaded();
      let before: string[] = [];
      if (!(await store.markUploader(uploader.vault, batch, uploader.pseudonym))) {
        // At the helper, a repeat whose earlier share still waits is a retry: the leader never
        // accepted the earlier one, or it says so now (`earlier`). Otherwise it is a second report.
        before = helper ? await store.pendingOf(uploader.vault, batch, uploader.pseudonym) : [];
        if (before.length === 0) throw alreadyUploaded();
      }
      const row = await store.lockBatch(batch, this.zero());
      if (row.collectedAt) throw batchClosed();
      if (row.layout !== LAYOUT_VERSION) throw rejected('the batch is in an older figures layout');
      if (helper) {
        // The leader may still refuse this report: its share waits, apart, for the leader's list.
        await store.savePending(reportId, batch, encodeAggregate(this.vdaf, outputShare), uploader);
        // One person counts once, however often a lost answer made the vault retry.
        await store.saveBatch({ ...row, reports: row.reports + (before.length > 0 ? 0 : 1) });
        return before;
      }
      const sum = addAggregate(this.vdaf, decodeAggregate(this.vdaf, row.aggregate), outputShare);
      await store.saveBatch({
        ...row,
        reports: row.reports + 1,
        aggregate: encodeAggregate(this.vdaf, sum),
      });
      return [];
    });
  }

  private zero(): Buffer {
    return encodeAggregate(this.vdaf, zeroAggregate(this.vdaf));
  }

  private async countRejected(batch: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const store = aggregatorStore(tx);
      const row = await store.lockBatch(batch, this.zero());
      await store.saveBatch({ ...row, rejected: row.rejected + 1 });
    });
  }

  /** Leader: one upload from a vault. */
  async upload(body: Upload): Promise<void> {
    if (this.options.role !== 'leader' || !this.options.askHelper)
      throw new VerwonderError('not_found', 'reports go to the leader');
    const uploader = await authenticateUpload(this, body, body.leaderShare, body.leaderAuth);
    await this.admit(body.reportId, body.batch);
    const own = await this.prepareOwn(body, body.leaderShare);
    const { helperPrepShare, earlier } = await this.options
      .askHelper({
        reportId: body.reportId,
        batch: body.batch,
        nonce: body.nonce,
        publicShare: body.publicShare,
        helperShare: body.helperShare,
        ...(body.helperAuth ? { helperAuth: body.helperAuth } : {}),
        leaderPrepShare: encodePrepShare(this.vdaf, own.preparationShare),
      })
      .catch(async (error: unknown) => {
        // The helper's proof check failed: the leader counts the rejection too.
        if (error instanceof VerwonderError && error.code === 'unprocessable')
          await this.countRejected(body.batch);
        throw error;
      });
    const helper = decodePrepShare(this.vdaf, helperPrepShare);
    await this.finish(
      body.reportId,
      body.batch,
      uploader,
      own.preparationState,
      [own.preparationShare, helper],
      earlier,
    );
  }

  /** Helper: its half of the preparation, then the same decision as the leader. */
  async prepare(body: HelperPrepare): Promise<HelperPrepareResponse> {
    if (this.options.role !== 'helper')
      throw new VerwonderError('not_found', 'only the helper prepares for the leader');
    const uploader = await authenticateUpload(this, body, body.helperShare, body.helperAuth);
    await this.admit(body.reportId, body.batch);
    const own = await this.prepareOwn(body, body.helperShare);
    const leader = decodePrepShare(this.vdaf, body.leaderPrepShare);
    const earlier = await this.finish(body.reportId, body.batch, uploader, own.preparationState, [
      leader,
      own.preparationShare,
    ]);
    const helperPrepShare = encodePrepShare(this.vdaf, own.preparationShare);
    return earlier.length > 0 ? { helperPrepShare, earlier } : { helperPrepShare };
  }

  async batches(): Promise<
    { batch: string; reports: number; rejected: number; collected: boolean }[]
  > {
    return (await this.store.batches()).map((row) => ({
      batch: row.batch,
      reports: row.reports,
      rejected: row.rejected,
      collected: row.collectedAt !== null,
    }));
  }

  /**
   * The aggregate share of a batch, only once it holds at least the minimum number of reports; closes
   * it. The helper's is over the leader's accepted reports, named by the collector (`collectBatch`).
   */
  async collect(batch: string, reportIds?: readonly string[]): Promise<AggregateShareWire> {
    const { role, minBatch } = this.options;
    return this.db.transaction((tx) =>
      collectBatch(tx, { role, minBatch, vdaf: this.vdaf }, batch, reportIds),
    );
  }
}
