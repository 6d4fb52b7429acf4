import { catalogData } from '@verwonder/shared/catalog-data';
import { CITY_EVENT_ID_MAX } from '@verwonder/shared/wire/city-event.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCityEvents } from './demo-city-events.ts';
import { ingestCityEvent, parseCityEvent } from './ingest-city-event.ts';
import { openStreamFixture, type StreamFixture } from './testing/stream-fixture.ts';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('city events as hostile input', () => {
  const [loan] = demoCityEvents(catalogData(), [catalogData().personaById('persona-lotte')!]);

  it('parses a demo event', () => {
    expect(parseCityEvent(encode(loan))).toMatchObject({ ok: true });
  });

  it('refuses invalid UTF-8, a source that does not match the type, and an unknown source', () => {
    expect(parseCityEvent(new Uint8Array([0x7b, 0xff, 0x7d]))).toEqual({
      ok: false,
      reason: 'invalid JSON',
    });
    expect(parseCityEvent(encode({ ...loan, source: 'ticketing' }))).toMatchObject({ ok: false });
    expect(parseCityEvent(encode({ ...loan, source: 'police' }))).toMatchObject({ ok: false });
    expect(parseCityEvent(encode({ ...loan, subject: '../alice' }))).toMatchObject({ ok: false });
  });
});

describe('ingesting a city event', () => {
  let fixture: StreamFixture;
  const lotte = catalogData().personaById('persona-lotte')!;
  const events = demoCityEvents(catalogData(), [lotte]);

  beforeAll(async () => {
    fixture = await openStreamFixture('sqlite');
    await fixture.createPod('alice');
  });
  afterAll(() => fixture.dispose());

  it('ignores an event of a person who did not connect the source, storing nothing', async () => {
    const before = await fixture.ctx.storage.driver.all('SELECT COUNT(*) AS n FROM audit_log');
    expect(await ingestCityEvent(fixture.ctx, encode(events[0]))).toEqual({ kind: 'ignored' });
    expect(await fixture.recordKeys('alice')).toEqual([]);
    expect(await fixture.ctx.storage.driver.all('SELECT COUNT(*) AS n FROM audit_log')).toEqual(
      before,
    );
  });

  it('stores a connected person’s event once, however often it comes', async () => {
    await fixture.ctx.storage.connectedSources.connect(
      'alice',
      'library',
      lotte.id,
      new Date().toISOString(),
    );
    const first = await ingestCityEvent(fixture.ctx, encode(events[0]));
    expect(first).toMatchObject({ kind: 'stored', pod: 'alice' });
    await Promise.all([1, 2, 3].map(() => ingestCityEvent(fixture.ctx, encode(events[0]))));
    expect(await ingestCityEvent(fixture.ctx, encode(events[0]))).toEqual({
      kind: 'duplicate',
      pod: 'alice',
    });
    expect(await fixture.recordKeys('alice')).toEqual([`city:library:${events[0]!.id}`]);
  });

  it('dead-letters an event whose id would make its key too long instead of retrying it for ever (review finding: a valid event with a long id is redelivered forever)', async () => {
    const long = { ...events[0], id: 'x'.repeat(200) };
    expect(await ingestCityEvent(fixture.ctx, encode(long))).toMatchObject({
      kind: 'dead-letter',
      reason: expect.stringMatching(/^schema: id/),
    });
    // The longest id that is accepted is stored like any other.
    const longest = { ...events[0], id: 'y'.repeat(CITY_EVENT_ID_MAX) };
    expect(await ingestCityEvent(fixture.ctx, encode(longest))).toMatchObject({ kind: 'stored' });
  });

  it('stops storing once the owner disconnects the source', async () => {
    await fixture.ctx.storage.connectedSources.disconnect('alice', 'library');
    expect(await ingestCityEvent(fixture.ctx, encode(events[1]))).toEqual({ kind: 'ignored' });
  });
});
