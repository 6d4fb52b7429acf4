import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { createTestTarget } from '../../storage/testing/test-engines.ts';
import { startInsight, type RunningInsight } from '../start-insight.ts';
import { generateUploadKey, type UploadKey } from '../vault/upload-key.ts';

export interface TestInsight extends RunningInsight {
  /** A vault key the aggregators know (in memory), to sign reports made in the test. */
  uploadKey: UploadKey;
  dispose(): Promise<void>;
}

/** Both aggregators and the collector on free ports, each with its own fresh database of `engine`. */
export async function startTestInsight(
  engine: 'sqlite' | 'postgres',
  options: {
    minBatch?: number;
    minPeople?: number;
    epsilon?: number | null;
    now?: () => Date;
  } = {},
): Promise<TestInsight> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'insight-'));
  const targets = await Promise.all(
    ['leader', 'helper', 'collector'].map(() => createTestTarget(engine)),
  );
  const [leader, helper, collector] = targets.map((t) => t.target) as [
    (typeof targets)[0]['target'],
    (typeof targets)[0]['target'],
    (typeof targets)[0]['target'],
  ];
  const running = await startInsight({
    env: {},
    host: '127.0.0.1',
    ports: { leader: 0, helper: 0, collector: 0 },
    minBatch: options.minBatch ?? 100,
    ...(options.minPeople ? { minPeople: options.minPeople } : {}),
    epsilon: options.epsilon ?? null,
    dataDir,
    storage: { leader, helper, collector },
    collectIntervalSeconds: 0,
    // Tests collect a week at once unless they set the clock: by default every reporting window has
    // closed (a test of the window passes its own `now`).
    now: options.now ?? (() => new Date('2100-01-01T00:00:00Z')),
    logger: pino({ level: 'silent' }),
  });
  const uploadKey = await generateUploadKey();
  await running.trustVault('test-uploader', uploadKey.publicJwk);
  return {
    ...running,
    uploadKey,
    async dispose() {
      await running.close();
      for (const t of targets) await t.cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
