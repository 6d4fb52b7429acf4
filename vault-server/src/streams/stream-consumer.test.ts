import { catalogData } from '@verwonder/shared/catalog-data';
import type { StoredMsg } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    const [loan] = demoCityEvents(catalogData(), [lotte]);
    const js = stream.nc.jetstream();
    const subject = eventSubject(stream.config, 'library');
    const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
    await js.publish(subject, new TextEncoder().encode('{"id": "half'));
    await js.publish(subject, encode({ ...loan, data: { action: 'stolen' } }));
    await js.publish(subject, encode({ ...loan, __proto__: { admin: true }, extra: 1 }));
    await js.publish(subject, new Uint8Array(70_000).fill(32));
    await publishCityEvents(js, stream.config, [loan!]);

    consumer = await startStreamConsumer(fixture.ctx, stream.config);
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
});
