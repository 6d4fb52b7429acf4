import { catalogData } from '@verwonder/shared/catalog-data';
import type { CityEventInput } from '@verwonder/shared/wire/city-event.ts';
import { connect } from 'nats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoCityEvents } from './demo-city-events.ts';
import { publishCityEvents } from './publish-city-events.ts';
import type { StreamConfig } from './stream-config.ts';
import { startStreamConsumer, type StreamConsumer } from './stream-consumer.ts';
import {
  natsServerInstalled,
  natsServerProcess,
  type NatsServerProcess,
} from './testing/nats-server-process.ts';
import { openStreamFixture, type StreamFixture } from './testing/stream-fixture.ts';
import { waitFor } from './testing/test-stream.ts';
import { withRecentTimes } from './testing/with-recent-times.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Each test stops and restarts a nats-server of its own, so the shared one (TEST_NATS_URL) is not needed.
describe.skipIf(!natsServerInstalled())(
  'city stream consumer and a NATS that goes away (own nats-server; skipped without nats-server on PATH)',
  { timeout: 60_000 },
  () => {
    let nats: NatsServerProcess;
    let fixture: StreamFixture;
    let consumer: StreamConsumer | undefined;
    let config: StreamConfig;
    const lotte = catalogData().personaById('persona-lotte')!;
    const events = withRecentTimes(demoCityEvents(catalogData(), [lotte]).slice(0, 3));
    const keys = (list: CityEventInput[]) => list.map((event) => `city:library:${event.id}`).sort();

    const consuming = () =>
      waitFor('the consumer', async () => consumer!.state() === 'consuming', 10_000);
    const publish = async (list: CityEventInput[]) => {
      const nc = await connect({ servers: nats.url });
      await publishCityEvents(nc.jetstream(), config, list);
      await nc.drain();
    };

    beforeEach(async () => {
      nats = await natsServerProcess();
      fixture = await openStreamFixture('sqlite');
      await fixture.createPod('alice');
      const now = new Date().toISOString();
      await fixture.ctx.storage.connectedSources.connect('alice', 'library', lotte.id, now);
      config = {
        url: nats.url,
        stream: 'VW_OUTAGE',
        subjectPrefix: 'vwoutage',
        durable: 'vault',
        ackWaitMs: 1_000,
        firstRetryMs: 50,
        maxRetryMs: 200,
        poisonAfter: 8,
        // The client's wait between attempts, scaled down from its 2 s so its default of 10 attempts
        // (about 20 s of outage) would be spent in about 1.5 s.
        reconnectWaitMs: 50,
      };
    });
    afterEach(async () => {
      // Whatever stop() does, this test's nats-server must not outlive it.
      try {
        await consumer?.stop();
      } finally {
        consumer = undefined;
        await nats?.dispose();
        await fixture?.dispose();
      }
    });

    it('consumes what is published after an outage longer than the reconnect attempts (review finding: a NATS outage over ~20 s stopped stream consumption for good)', async () => {
      await nats.start();
      consumer = startStreamConsumer(fixture.ctx, config);
      await consuming();
      await publish(events.slice(0, 1));
      await waitFor(
        'the first event',
        async () => (await fixture.recordKeys('alice')).length === 1,
        10_000,
      );

      await nats.stop();
      await sleep(3_000);
      await nats.start();
      await publish(events.slice(1));

      await waitFor(
        'every event',
        async () => (await fixture.recordKeys('alice')).length === 3,
        15_000,
      );
      expect(await fixture.recordKeys('alice')).toEqual(keys(events));
      expect(consumer.state()).toBe('consuming');
    });

    it('starts while NATS is down and consumes once it is up (review finding: NATS unreachable at start kept the vault down)', async () => {
      consumer = startStreamConsumer(fixture.ctx, config);
      await sleep(500);
      expect(consumer.state()).toBe('connecting');
      await nats.start();
      await consuming();
      await publish(events);
      await waitFor(
        'every event',
        async () => (await fixture.recordKeys('alice')).length === 3,
        15_000,
      );
      expect(await fixture.recordKeys('alice')).toEqual(keys(events));
    });

    it('starts consuming again when the durable is gone, storing each event once', async () => {
      await nats.start();
      consumer = startStreamConsumer(fixture.ctx, config);
      await consuming();
      await publish(events.slice(0, 1));
      await waitFor(
        'the first event',
        async () => (await fixture.recordKeys('alice')).length === 1,
      );
      const nc = await connect({ servers: nats.url });
      await (await nc.jetstreamManager()).consumers.delete(config.stream, config.durable);
      await nc.close();
      await publish(events.slice(1));
      // The new durable delivers the stream from its start: the first event again, a no-op.
      await waitFor(
        'every event',
        async () => (await fixture.recordKeys('alice')).length === 3,
        15_000,
      );
      expect(await fixture.recordKeys('alice')).toEqual(keys(events));
    });

    it('stops at once while NATS is away, leaving no reconnect running', async () => {
      await nats.start();
      consumer = startStreamConsumer(fixture.ctx, config);
      await consuming();
      await nats.stop();
      await sleep(500);
      expect(consumer.state()).toBe('connecting');
      const started = Date.now();
      await consumer.stop();
      expect(Date.now() - started).toBeLessThan(1_000);
      expect(consumer.state()).toBe('stopped');
      // Had a reconnect survived stop(), it would take this NATS and consume the event.
      await nats.start();
      await publish(events.slice(0, 1));
      await sleep(1_000);
      expect(await fixture.recordKeys('alice')).toEqual([]);
    });
  },
);
