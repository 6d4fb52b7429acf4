import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { catalogData } from '@verwonder/shared/catalog-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byTime, demoCityEvents } from './demo-city-events.ts';
import { publishCityEvents } from './publish-city-events.ts';
import { openStreamFixture, type StreamFixture } from './testing/stream-fixture.ts';
import {
  drained,
  natsEnabled,
  openTestStream,
  waitFor,
  type TestStream,
} from './testing/test-stream.ts';
import { withRecentTimes } from './testing/with-recent-times.ts';
import { postgresEnabled } from '../storage/testing/test-engines.ts';

const CLI = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const enabled = (await natsEnabled()) && (await postgresEnabled());

/** `npm run vault -- consume` as a separate process on the test database and stream. */
function spawnConsumer(fixture: StreamFixture, stream: TestStream): ChildProcess {
  if (fixture.target.engine !== 'postgres') throw new Error('the crash test runs on PostgreSQL');
  const url = new URL(fixture.target.url);
  url.searchParams.set('options', `-c search_path=${fixture.target.schema}`);
  return spawn(process.execPath, ['--import', 'tsx', CLI, 'consume'], {
    env: {
      ...process.env,
      DATABASE_URL: url.toString(),
      VAULT_DATA_DIR: fixture.dataDir,
      VAULT_MASTER_KEY_FILE: fixture.masterKeyFile,
      VAULT_NATS_URL: stream.config.url,
      VAULT_NATS_STREAM: stream.config.stream,
      VAULT_NATS_SUBJECT_PREFIX: stream.config.subjectPrefix,
      VAULT_NATS_DURABLE: stream.config.durable,
      VAULT_NATS_ACK_WAIT_MS: String(stream.config.ackWaitMs),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null
      ? resolve()
      : child.once('exit', () => resolve()),
  );

describe.skipIf(!enabled)('city stream consumer killed with -9 mid-stream', () => {
  let fixture: StreamFixture;
  let stream: TestStream;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    fixture = await openStreamFixture('postgres');
    stream = await openTestStream(1_000);
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await Promise.all(children.map(exited));
    await stream?.dispose();
    await fixture?.dispose();
  });

  it('loses nothing, duplicates nothing, and stores nothing for people who did not connect', async () => {
    const catalog = catalogData();
    const [lotte, dirk, jan] = ['persona-lotte', 'persona-dirk', 'persona-jan'].map((id) =>
      catalog.personaById(id)!,
    );
    await fixture.createPod('alice');
    await fixture.createPod('bob');
    const now = new Date().toISOString();
    await fixture.ctx.storage.connectedSources.connect('alice', 'library', lotte!.id, now);
    await fixture.ctx.storage.connectedSources.connect('alice', 'a-kaart', lotte!.id, now);
    await fixture.ctx.storage.connectedSources.connect('bob', 'ticketing', dirk!.id, now);
    await fixture.ctx.storage.connectedSources.connect('bob', 'library', dirk!.id, now);

    const events = withRecentTimes(byTime(demoCityEvents(catalog, [lotte!, dirk!, jan!])));
    const key = (event: { source: string; id: string }) => `city:${event.source}:${event.id}`;
    const expected = {
      alice: events
        .filter((e) => e.subject === lotte!.id && e.source !== 'ticketing')
        .map(key)
        .sort(),
      bob: events
        .filter((e) => e.subject === dirk!.id && e.source !== 'a-kaart')
        .map(key)
        .sort(),
    };
    expect(expected.alice.length).toBeGreaterThan(50);
    expect(expected.bob.length).toBeGreaterThan(50);
    await publishCityEvents(stream.nc.jetstream(), stream.config, events);

    const stored = async () =>
      Number((await fixture.ctx.storage.driver.all('SELECT COUNT(*) AS n FROM records'))[0]!.n);
    const first = spawnConsumer(fixture, stream);
    children.push(first);
    const total = expected.alice.length + expected.bob.length;
    await waitFor('a third of the records', async () => (await stored()) >= total / 3);
    first.kill('SIGKILL');
    await exited(first);
    const atKill = await stored();

    const second = spawnConsumer(fixture, stream);
    children.push(second);
    await waitFor(
      'the stream to be consumed',
      async () => (await drained(stream.nc, stream.config)) && (await stored()) >= total,
    );
    second.kill('SIGTERM');
    await exited(second);

    expect(atKill).toBeLessThanOrEqual(total);
    expect(await fixture.recordKeys('alice')).toEqual(expected.alice);
    expect(await fixture.recordKeys('bob')).toEqual(expected.bob);
    // Nothing about anyone else: no records, no audit entries, no pod.
    expect(await stored()).toBe(total);
    const auditPods = await fixture.ctx.storage.driver.all(
      "SELECT pod, COUNT(*) AS n FROM audit_log WHERE action = 'record-created' GROUP BY pod ORDER BY pod",
    );
    expect(auditPods.map((row) => [row.pod, Number(row.n)])).toEqual([
      ['alice', expected.alice.length],
      ['bob', expected.bob.length],
    ]);
  }, 120_000);
});
