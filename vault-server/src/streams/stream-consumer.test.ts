import { catalogData } from '@verwonder/shared/catalog-data';
import type { StoredMsg } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysAgo } from '../testing/test-vault.ts';
import { demoCityEvents } from './demo-city-events.ts';
import { publishCityEvents } from './publish-city-events.ts';
import { deadLetterSubject, eventSubject } from './stream-config.ts';
import {
  DEAD_LETTER_REASON,
  DEAD_LETTER_SUBJECT,
  startStreamConsumer,
  type StreamConsumer,
} from './stream-consumer.ts';
import { openStreamFixture, type StreamFixture } from './testing/stream-fixture.ts';
import {
  drained,
  natsEnabled,
  openTestStream,
  waitFor,
  type TestStream,
} from './testing/test-stream.ts';
import { withRecentTimes } from './testing/with-recent-times.ts';

describe.skipIf(!(await natsEnabled()))('city stream consumer', () => {
  let fixture: StreamFixture;
  let stream: TestStream;
  let consumer: StreamConsumer | undefined;

  beforeAll(async () => {
    fixture = await openStreamFixture('sqlite');
    stream = await openTestStream();
  });
  afterAll(async () => {
    await consumer?.stop();
    await stream?.dispose();
    await fixture?.dispose();
  });

  it('sends poison messages to the dead-letter subject with the reason, and goes on', async () => {
    const lotte = catalogData().personaById('persona-lotte')!;
    await fixture.createPod('alice');
    await fixture.ctx.storage.connectedSources.connect(
      'alice',
      'library',
      lotte.id,
      new Date().toISOString(),
    );
    const [loan] = withRecentTimes(demoCityEvents(catalogData(), [lotte]));
    const js = stream.nc.jetstream();
    const subject = eventSubject(stream.config, 'library');
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    await js.publish(subject, new TextEncoder().encode('{"id": "half'));
    await js.publish(subject, encode({ ...loan, data: { action: 'stolen' } }));
    await js.publish(subject, encode({ ...loan, __proto__: { admin: true }, extra: 1 }));
    await js.publish(subject, new Uint8Array(70_000).fill(32));
    // Valid but older than loans are kept: acked and dropped, neither stored nor a dead letter.
    const tooOld = { ...loan!, id: 'too-old', time: daysAgo(2 * 365 + 30) };
    await publishCityEvents(js, stream.config, [tooOld, loan!]);

    consumer = startStreamConsumer(fixture.ctx, stream.config);
    await waitFor('the stream to be consumed', () => drained(stream.nc, stream.config), 10_000);

    const letters: StoredMsg[] = [];
    const jsm = await stream.nc.jetstreamManager();
    const { state } = await jsm.streams.info(stream.config.stream);
    for (let seq = 1; seq <= state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(stream.config.stream, { seq });
      if (message.subject === deadLetterSubject(stream.config)) letters.push(message);
    }
    expect(letters).toHaveLength(4);
    const reasons = letters.map((m) => m.header.get(DEAD_LETTER_REASON));
    expect(reasons[0]).toBe('invalid JSON');
    expect(reasons[1]).toMatch(/^schema: data\.action: /);
    expect(reasons[2]).toMatch(/^schema: .*extra/);
    expect(reasons[3]).toMatch(/^too large: 70000 bytes/);
    expect(letters.every((m) => m.header.get(DEAD_LETTER_SUBJECT) === subject)).toBe(true);
    // The dead letter carries the original bytes, for whoever repairs the source.
    expect(new TextDecoder().decode(letters[0]!.data)).toBe('{"id": "half');
    // The valid event after them was stored, once.
    expect(await fixture.recordKeys('alice')).toEqual([`city:library:${loan!.id}`]);
  });

  /** The dead letters on the stream so far. */
  const deadLetters = async (test: TestStream): Promise<StoredMsg[]> => {
    const jsm = await test.nc.jetstreamManager();
    const { state } = await jsm.streams.info(test.config.stream);
    const letters: StoredMsg[] = [];
    for (let seq = 1; seq <= state.last_seq; seq++) {
      const message = await jsm.streams.getMessage(test.config.stream, { seq }).catch(() => null);
      if (message?.subject === deadLetterSubject(test.config)) letters.push(message);
    }
    return letters;
  };

  it('dead-letters an event storage keeps refusing while it stores others (review finding: no max_deliver backstop)', async () => {
    const poisoned = await openTestStream(1_000, {
      firstRetryMs: 50,
      maxRetryMs: 200,
      poisonAfter: 3,
    });
    const own = await openStreamFixture('sqlite');
    let running: StreamConsumer | undefined;
    try {
      const [lotte, jan] = ['persona-lotte', 'persona-jan'].map((id) =>
        catalogData().personaById(id)!,
      );
      await own.createPod('alice');
      await own.createPod('bob');
      const now = new Date().toISOString();
      await own.ctx.storage.connectedSources.connect('alice', 'library', lotte!.id, now);
      await own.ctx.storage.connectedSources.connect('bob', 'library', jan!.id, now);
      // Storage refuses every record of bob's (a real database error), and takes alice's.
      await own.ctx.storage.driver.script(
        `CREATE TRIGGER refuse_bob BEFORE INSERT ON records WHEN NEW.pod = 'bob'
         BEGIN SELECT RAISE(ABORT, 'refused'); END;`,
      );
      const [bobsLoan] = withRecentTimes(demoCityEvents(catalogData(), [jan!]));
      const [alicesLoan] = withRecentTimes(demoCityEvents(catalogData(), [lotte!]));
      const js = poisoned.nc.jetstream();
      await publishCityEvents(js, poisoned.config, [bobsLoan!]);
      running = startStreamConsumer(own.ctx, poisoned.config);
      const published: string[] = [];
      for (let i = 0; i < 80 && (await deadLetters(poisoned)).length === 0; i++) {
        const event = { ...alicesLoan!, id: `good-${i}` };
        await publishCityEvents(js, poisoned.config, [event]);
        published.push(`city:library:${event.id}`);
        await new Promise((resolve) => setTimeout(resolve, 40));
      }
      await waitFor(
        'the stream to be consumed',
        () => drained(poisoned.nc, poisoned.config),
        10_000,
      );

      const letters = await deadLetters(poisoned);
      expect(letters).toHaveLength(1);
      expect(letters[0]!.header.get(DEAD_LETTER_REASON)).toMatch(
        /^not stored after \d+ deliveries while other events were: SqliteError/,
      );
      // The reason names the error, never the record's values.
      expect(letters[0]!.header.get(DEAD_LETTER_REASON)).not.toContain('refused');
      expect(JSON.parse(new TextDecoder().decode(letters[0]!.data)).id).toBe(bobsLoan!.id);
      expect(await own.recordKeys('alice')).toEqual(published.sort());
      expect(await own.recordKeys('bob')).toEqual([]);
    } finally {
      await running?.stop();
      await poisoned.dispose();
      await own.dispose();
    }
  });

  it('loses no event while storage refuses every one: they wait, backing off, and are stored after (what the backstop must not break)', async () => {
    const outage = await openTestStream(1_000, {
      firstRetryMs: 20,
      maxRetryMs: 100,
      poisonAfter: 2,
    });
    const own = await openStreamFixture('sqlite');
    let running: StreamConsumer | undefined;
    try {
      const lotte = catalogData().personaById('persona-lotte')!;
      await own.createPod('alice');
      await own.ctx.storage.connectedSources.connect(
        'alice',
        'library',
        lotte.id,
        new Date().toISOString(),
      );
      await own.ctx.storage.driver.script(
        `CREATE TRIGGER outage BEFORE INSERT ON records BEGIN SELECT RAISE(ABORT, 'disk full'); END;`,
      );
      const events = withRecentTimes(demoCityEvents(catalogData(), [lotte]).slice(0, 3));
      await publishCityEvents(outage.nc.jetstream(), outage.config, events);
      running = startStreamConsumer(own.ctx, outage.config);
      // Long enough for every event to be refused many times over (at most 100 ms apart).
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await deadLetters(outage)).toEqual([]);
      expect(await own.recordKeys('alice')).toEqual([]);

      await own.ctx.storage.driver.script('DROP TRIGGER outage;');
      await waitFor('the stream to be consumed', () => drained(outage.nc, outage.config), 10_000);
      expect(await deadLetters(outage)).toEqual([]);
      expect(await own.recordKeys('alice')).toEqual(
        events.map((event) => `city:library:${event.id}`).sort(),
      );
    } finally {
      await running?.stop();
      await outage.dispose();
      await own.dispose();
    }
  });
});
