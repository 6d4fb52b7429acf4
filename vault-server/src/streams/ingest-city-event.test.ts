import { catalogData } from '@verwonder/shared/catalog-data';
import { CITY_EVENT_ID_MAX } from '@verwonder/shared/wire/city-event.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineSuites } from '../storage/testing/describe-each-engine.ts';
import { daysAgo } from '../testing/test-vault.ts';
import { demoCityEvents } from './demo-city-events.ts';
import { ingestCityEvent, parseCityEvent } from './ingest-city-event.ts';
import { openStreamFixture, type StreamFixture } from './testing/stream-fixture.ts';
import { withRecentTimes } from './testing/with-recent-times.ts';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const describeEachEngine = await engineSuites();

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
  const events = withRecentTimes(demoCityEvents(catalogData(), [lotte]));

  beforeAll(async () => {
    fixture = await openStreamFixture('sqlite');
    await fixture.createPod('alice');
  });
  afterAll(() => fixture.dispose());

  it('ignores an event of a person who did not connect the source, storing nothing', async () => {
    const before = await fixture.ctx.storage.driver.all('SELECT COUNT(*) AS n FROM audit_log');
    expect(await ingestCityEvent(fixture.ctx, encode(events[0]))).toEqual({
      kind: 'ignored',
      reason: 'not-connected',
    });
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
    expect(await ingestCityEvent(fixture.ctx, encode(events[1]))).toEqual({
      kind: 'ignored',
      reason: 'not-connected',
    });
  });
});

describeEachEngine('an event in flight during a disconnect on %s', (engine) => {
  let fixture: StreamFixture;
  const lotte = catalogData().personaById('persona-lotte')!;
  const events = withRecentTimes(demoCityEvents(catalogData(), [lotte]));
  const connect = (pod: string) =>
    fixture.ctx.storage.connectedSources.connect(
      pod,
      'library',
      lotte.id,
      new Date().toISOString(),
    );

  beforeAll(async () => {
    fixture = await openStreamFixture(engine);
    await fixture.createPod('alice');
    await fixture.createPod('bob');
  });
  afterAll(() => fixture.dispose());

  /** Ingests with `between` run after the consumer looked up the pod and before it inserts. */
  async function ingestWith(between: () => Promise<void>, bytes: Uint8Array) {
    const store = fixture.ctx.storage.connectedSources;
    const original = store.podFor;
    store.podFor = async (source, subject) => {
      const pod = await original(source, subject);
      await between();
      return pod;
    };
    try {
      return await ingestCityEvent(fixture.ctx, bytes);
    } finally {
      store.podFor = original;
    }
  }

  it('stores nothing once the owner disconnected, and writes into the pod that holds the number at the insert (review finding: an event in flight is stored after the disconnect)', async () => {
    await connect('alice');
    const disconnect = () =>
      fixture.ctx.storage.connectedSources.disconnect('alice', 'library').then(() => undefined);
    expect(await ingestWith(disconnect, encode(events[0]))).toEqual({
      kind: 'ignored',
      reason: 'not-connected',
    });
    expect(await fixture.recordKeys('alice')).toEqual([]);

    // The number moved to bob's pod between the lookup and the insert: alice gets nothing.
    await connect('alice');
    const move = async () => {
      await fixture.ctx.storage.connectedSources.disconnect('alice', 'library');
      await connect('bob');
    };
    expect(await ingestWith(move, encode(events[1]))).toMatchObject({ kind: 'stored', pod: 'bob' });
    expect(await fixture.recordKeys('alice')).toEqual([]);
    expect(await fixture.recordKeys('bob')).toEqual([`city:library:${events[1]!.id}`]);
  });

  it.runIf(engine === 'postgres')(
    'makes a disconnect wait for an insert that already found the connection',
    async () => {
      const storage = fixture.ctx.storage;
      await storage.connectedSources.disconnectAll('bob');
      await connect('alice');
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked!: () => void;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      const insert = storage.transaction(async (tx) => {
        await tx.connectedSources.lockPodFor('library', lotte.id);
        locked();
        await held;
      });
      await lockTaken;
      let disconnected = false;
      const disconnect = storage.connectedSources
        .disconnect('alice', 'library')
        .then(() => (disconnected = true));
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(disconnected).toBe(false);
      release();
      await insert;
      await disconnect;
      expect(disconnected).toBe(true);
    },
  );
});

describeEachEngine('a city event past its category’s retention on %s', (engine) => {
  let fixture: StreamFixture;
  const lotte = catalogData().personaById('persona-lotte')!;
  const [loan, later, last] = withRecentTimes(demoCityEvents(catalogData(), [lotte]));
  const auditEntries = async () =>
    Number((await fixture.ctx.storage.driver.all('SELECT COUNT(*) AS n FROM audit_log'))[0]!.n);

  beforeAll(async () => {
    fixture = await openStreamFixture(engine);
    await fixture.createPod('alice');
    await fixture.ctx.storage.connectedSources.connect(
      'alice',
      'library',
      lotte.id,
      new Date().toISOString(),
    );
  });
  afterAll(() => fixture.dispose());

  it('is acked with nothing stored, not dead-lettered (review finding: a stream event past retention was stored, then hidden, then purged)', async () => {
    const before = await auditEntries();
    // Older than the two years loans are kept by default.
    const old = { ...loan!, time: daysAgo(2 * 365 + 30) };
    expect(await ingestCityEvent(fixture.ctx, encode(old))).toEqual({
      kind: 'ignored',
      reason: 'past-retention',
    });
    // Within the default, but past the period the owner chose.
    await fixture.ctx.storage.retention.set('alice', 'loans', 30);
    const recent = { ...later!, time: daysAgo(60) };
    expect(await ingestCityEvent(fixture.ctx, encode(recent))).toEqual({
      kind: 'ignored',
      reason: 'past-retention',
    });
    expect(await fixture.recordKeys('alice')).toEqual([]);
    expect(await auditEntries()).toBe(before);
    // A loan the pod still keeps is stored as before.
    const kept = { ...later!, time: daysAgo(5) };
    expect(await ingestCityEvent(fixture.ctx, encode(kept))).toMatchObject({ kind: 'stored' });
    expect(await fixture.recordKeys('alice')).toEqual([`city:library:${later!.id}`]);

    // The owner shortens the period after the first look, before the insert: the insert's
    // transaction looks again.
    const store = fixture.ctx.storage.connectedSources;
    const original = store.podFor;
    store.podFor = async (source, subject) => {
      const pod = await original(source, subject);
      await fixture.ctx.storage.retention.set('alice', 'loans', 3);
      return pod;
    };
    try {
      expect(await ingestCityEvent(fixture.ctx, encode({ ...last!, time: daysAgo(5) }))).toEqual({
        kind: 'ignored',
        reason: 'past-retention',
      });
    } finally {
      store.podFor = original;
    }
    expect(await fixture.recordKeys('alice')).toEqual([`city:library:${later!.id}`]);
  });

  it('dead-letters an event whose time is in year 10000 in UTC instead of dropping it as past retention (review finding: a time in year 10000 in UTC sorted before every date)', async () => {
    // `+010000-01-01T00:30:00.000Z` in UTC: as text it sorted before every cut-off.
    const future = { ...loan!, id: 'year-10000', time: '9999-12-31T23:30:00-01:00' };
    expect(await ingestCityEvent(fixture.ctx, encode(future))).toEqual({
      kind: 'dead-letter',
      reason: 'schema: time: the time must fall within the years 0000 to 9999 in UTC',
    });
    expect(await fixture.recordKeys('alice')).toEqual([`city:library:${later!.id}`]);
  });
});
