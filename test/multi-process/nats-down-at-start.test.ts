import { connect } from 'nats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogData } from '@verwonder/shared/catalog-data';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import { demoCityEvents } from '../../vault-server/src/streams/demo-city-events.ts';
import { publishCityEvents } from '../../vault-server/src/streams/publish-city-events.ts';
import { streamConfigFromEnv } from '../../vault-server/src/streams/stream-config.ts';
import {
  natsServerInstalled,
  natsServerProcess,
  type NatsServerProcess,
} from '../../vault-server/src/streams/testing/nats-server-process.ts';
import { waitFor } from '../../vault-server/src/streams/testing/test-stream.ts';
import { withRecentTimes } from '../../vault-server/src/streams/testing/with-recent-times.ts';
import { startCluster, type VaultCluster } from './vault-processes.ts';

const enabled = (await postgresEnabled()) && natsServerInstalled();

/** A vault process (main.ts) with VAULT_NATS_URL set, started while nothing listens there. */
describe.runIf(enabled)(
  'a vault started while NATS is down (own nats-server; needs PostgreSQL and nats-server on PATH)',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;
    let nats: NatsServerProcess;
    beforeAll(async () => {
      cluster = await startCluster();
      nats = await natsServerProcess();
    });
    afterAll(async () => {
      await cluster?.dispose();
      await nats?.dispose();
    });

    it('serves /healthz 200 at once and consumes once NATS is up (review finding: NATS unreachable at start kept the whole vault down)', async () => {
      const streamEnv = {
        VAULT_NATS_URL: nats.url,
        VAULT_NATS_STREAM: 'VW_DOWN_AT_START',
        VAULT_NATS_SUBJECT_PREFIX: 'vwdown',
        VAULT_NATS_RECONNECT_WAIT_MS: '100',
      };
      const vault = await cluster.spawn(streamEnv);
      await vault.healthy();
      const health = async () => (await fetch(`${vault.url}/healthz`)).json();
      expect(await health()).toEqual({ status: 'ok', cityStream: 'connecting' });

      const lotte = catalogData().personaById('persona-lotte')!;
      await cluster.signUp('ada');
      const db = await cluster.storage();
      await db.connectedSources.connect('ada', 'library', lotte.id, new Date().toISOString());
      await nats.start();
      await waitFor(
        'the consumer',
        async () => (await health()).cityStream === 'consuming',
        20_000,
      );
      const config = streamConfigFromEnv(streamEnv)!;
      const events = withRecentTimes(demoCityEvents(catalogData(), [lotte]).slice(0, 2));
      const nc = await connect({ servers: nats.url });
      await publishCityEvents(nc.jetstream(), config, events);
      await nc.drain();
      const count = async () =>
        Number((await db.driver.all('SELECT COUNT(*) AS n FROM records'))[0]!.n);
      await waitFor('the events', async () => (await count()) === events.length, 20_000);

      expect(await vault.stop(5_000)).toBe(0);
      expect(vault.logs()).toContain('city stream consumer not connected');
    });
  },
);
