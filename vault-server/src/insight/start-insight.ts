import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pino, type Logger } from 'pino';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';
import { Keyring } from '../crypto/keyring.ts';
import { keyringSecretBox } from '../oauth/keys/secret-box.ts';
import type { StorageTarget } from '../storage/open-storage.ts';
import { aggregatorApp } from './aggregator/aggregator-app.ts';
import { AggregatorService } from './aggregator/aggregator-service.ts';
import { TrustedVaults } from './aggregator/trusted-vaults.ts';
import { collectorApp } from './collector/collector-app.ts';
import { CollectorService } from './collector/collector-service.ts';
import { serveApp } from './http/serve-app.ts';
import { HelperPrepareResponse } from './prio/report-wire.ts';
import { openInsightDb } from './storage/open-insight-db.ts';
import { AGGREGATOR_MIGRATIONS, COLLECTOR_MIGRATIONS } from './storage/insight-migrations.ts';

const Env = z.object({
  INSIGHT_HOST: z.string().default('127.0.0.1'),
  INSIGHT_LEADER_PORT: z.coerce.number().int().min(0).max(65_535).default(4810),
  INSIGHT_HELPER_PORT: z.coerce.number().int().min(0).max(65_535).default(4811),
  INSIGHT_COLLECTOR_PORT: z.coerce.number().int().min(0).max(65_535).default(4812),
  /** No figure of a batch is published below this many people. */
  INSIGHT_MIN_BATCH: z.coerce.number().int().min(2).default(100),
  /** No dashboard figure fewer distinct people gave (default: the minimum batch). */
  INSIGHT_MIN_PEOPLE: z.coerce.number().int().min(2).optional(),
  /** Per published figure; unset publishes exact sums. */
  INSIGHT_EPSILON: z.coerce.number().positive().optional(),
  INSIGHT_DATA_DIR: z.string().default('./data/insight'),
  INSIGHT_COLLECT_INTERVAL_SECONDS: z.coerce.number().int().min(0).default(60),
  /** Each aggregator's own key file (vwk1 format, like the vault's master key): seals its HPKE private key. */
  INSIGHT_LEADER_KEY_FILE: z.string().optional(),
  INSIGHT_HELPER_KEY_FILE: z.string().optional(),
  /** The vaults whose uploads the aggregators accept (JSON: name -> public P-256 JWK). */
  INSIGHT_VAULT_KEYS: z.string().optional(),
  DATABASE_URL: z.string().optional(),
});

export interface InsightOptions {
  env?: NodeJS.ProcessEnv;
  /** Overrides (tests): ports 0, a minimum, epsilon, storage per party. */
  host?: string;
  ports?: { leader: number; helper: number; collector: number };
  minBatch?: number;
  minPeople?: number;
  epsilon?: number | null;
  dataDir?: string;
  storage?: { leader: StorageTarget; helper: StorageTarget; collector: StorageTarget };
  collectIntervalSeconds?: number;
  /** The collector's clock (tests, the season simulation): when reporting windows close. */
  now?: () => Date;
  logger?: Logger;
}

export interface RunningInsight {
  leader: { url: string; service: AggregatorService };
  helper: { url: string; service: AggregatorService };
  collector: { url: string; service: CollectorService };
  /** The known vaults (both aggregators read the same file in this single-machine setup). */
  vaults: TrustedVaults;
  /** Accepts uploads signed with this vault key from now on (the operator's step, for the demo and tests). */
  trustVault(name: string, publicJwk: unknown): Promise<void>;
  close(): Promise<void>;
}

const Secrets = z.object({
  verifyKey: z.string(),
  peerToken: z.string(),
  collectorToken: z.string(),
});

/**
 * The secrets the parties share: the VDAF verify key (the two aggregators), the leader's token at the
 * helper, the collector's token at both. One file for the single-machine demo; in a real deployment
 * each party holds only its own and they are agreed out of band.
 */
function loadSecrets(dir: string): z.infer<typeof Secrets> {
  const file = path.join(dir, 'insight-secrets.json');
  if (fs.existsSync(file)) return Secrets.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const secrets = {
    verifyKey: randomBytes(16).toString('base64url'),
    peerToken: randomBytes(32).toString('base64url'),
    collectorToken: randomBytes(32).toString('base64url'),
  };
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 });
  return secrets;
}

/** Two aggregators (leader, helper) and the collector with its dashboard, each on its own port and database. */
export async function startInsight(options: InsightOptions = {}): Promise<RunningInsight> {
  const parsed = Env.safeParse(options.env ?? process.env);
  if (!parsed.success)
    throw new VerwonderError(
      'config_error',
      `invalid insight configuration: ${z.prettifyError(parsed.error)}`,
    );
  const env = parsed.data;
  const logger = options.logger ?? pino({ level: 'info' });
  const host = options.host ?? env.INSIGHT_HOST;
  const dataDir = options.dataDir ?? env.INSIGHT_DATA_DIR;
  const minBatch = options.minBatch ?? env.INSIGHT_MIN_BATCH;
  const epsilon = options.epsilon !== undefined ? options.epsilon : (env.INSIGHT_EPSILON ?? null);
  const ports = options.ports ?? {
    leader: env.INSIGHT_LEADER_PORT,
    helper: env.INSIGHT_HELPER_PORT,
    collector: env.INSIGHT_COLLECTOR_PORT,
  };
  const secrets = loadSecrets(dataDir);
  const target = (party: 'leader' | 'helper' | 'collector'): StorageTarget =>
    options.storage?.[party] ??
    (env.DATABASE_URL
      ? { engine: 'postgres', url: env.DATABASE_URL, schema: `insight_${party}` }
      : { engine: 'sqlite', file: path.join(dataDir, `${party}.sqlite`) });
  const tokens = { peer: secrets.peerToken, collector: secrets.collectorToken };
  const verifyKey = Buffer.from(secrets.verifyKey, 'base64url');
  const vaults = new TrustedVaults(
    env.INSIGHT_VAULT_KEYS ?? path.join(dataDir, 'vault-upload-keys.json'),
  );
  // Each aggregator seals its private key under a key file of its own, generated on first start.
  const box = (role: 'leader' | 'helper', file: string | undefined) =>
    keyringSecretBox(
      new Keyring({
        file: path.resolve(file ?? path.join(dataDir, `${role}.key`)),
        generate: true,
        warn: (message) => logger.warn(message),
      }),
    );
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.reverse()) await closer().catch(() => undefined);
  };
  try {
    const helperDb = await openInsightDb(target('helper'), AGGREGATOR_MIGRATIONS);
    closers.push(() => helperDb.close());
    const helperService = await AggregatorService.open(helperDb, {
      role: 'helper',
      verifyKey,
      minBatch,
      box: box('helper', env.INSIGHT_HELPER_KEY_FILE),
      vaults,
    });
    const helper = await serveApp(aggregatorApp(helperService, tokens, logger), host, ports.helper);
    closers.push(() => helper.close());

    const leaderDb = await openInsightDb(target('leader'), AGGREGATOR_MIGRATIONS);
    closers.push(() => leaderDb.close());
    const leaderService = await AggregatorService.open(leaderDb, {
      role: 'leader',
      verifyKey,
      minBatch,
      box: box('leader', env.INSIGHT_LEADER_KEY_FILE),
      vaults,
      askHelper: async (body) => {
        const response = await fetch(new URL('/prepare', helper.url), {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.peer}` },
          body: JSON.stringify(body),
        });
        const answer: unknown = await response.json();
        if (response.status === 422)
          throw new VerwonderError('unprocessable', 'report rejected by the helper', {
            details: { reason: 'report_rejected' },
          });
        // The vault's part for the helper is checked there: its verdict is the upload's.
        if (response.status === 401)
          throw new VerwonderError('unauthenticated', 'the helper refused the upload signature');
        if (response.status === 409)
          throw new VerwonderError('conflict', 'this person already reported this week', {
            details: { reason: 'already_reported' },
          });
        if (!response.ok)
          throw new VerwonderError('unavailable', `the helper answered ${response.status}`);
        return HelperPrepareResponse.parse(answer);
      },
    });
    const leader = await serveApp(aggregatorApp(leaderService, tokens, logger), host, ports.leader);
    closers.push(() => leader.close());

    const collectorDb = await openInsightDb(target('collector'), COLLECTOR_MIGRATIONS);
    closers.push(() => collectorDb.close());
    const collectorService = new CollectorService(collectorDb, {
      leaderUrl: leader.url,
      helperUrl: helper.url,
      token: tokens.collector,
      minBatch,
      minPeople: options.minPeople ?? env.INSIGHT_MIN_PEOPLE ?? minBatch,
      epsilon,
      ...(options.now ? { now: options.now } : {}),
      logger,
    });
    const collector = await serveApp(collectorApp(collectorService, logger), host, ports.collector);
    closers.push(() => collector.close());
    const interval = options.collectIntervalSeconds ?? env.INSIGHT_COLLECT_INTERVAL_SECONDS;
    if (interval > 0) {
      const timer = setInterval(() => {
        collectorService
          .collectReady()
          .catch((error: unknown) => logger.warn({ err: error }, 'collection failed'));
      }, interval * 1000);
      timer.unref();
      closers.push(async () => clearInterval(timer));
    }
    return {
      leader: { url: leader.url, service: leaderService },
      helper: { url: helper.url, service: helperService },
      collector: { url: collector.url, service: collectorService },
      vaults,
      trustVault: (name, publicJwk) => vaults.trust(name, publicJwk),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}
