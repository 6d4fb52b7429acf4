import { randomBytes } from 'node:crypto';
import { connect, type NatsConnection } from 'nats';
import { ensureCityStream } from '../city-stream.ts';
import type { StreamConfig } from '../stream-config.ts';

/** The NATS the tests use; override with TEST_NATS_URL. */
export const TEST_NATS_URL = process.env.TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

/**
 * Whether the stream tests run. Under CI they always run, so a NATS that is not there fails the
 * suite instead of silently skipping it (.ci/run starts nats-server).
 */
export async function natsEnabled(): Promise<boolean> {
  if (process.env.CI) return true;
  try {
    const nc = await connect({ servers: TEST_NATS_URL, timeout: 1000, reconnect: false });
    await nc.close();
    return true;
  } catch {
    return false;
  }
}

export interface TestStream {
  config: StreamConfig;
  nc: NatsConnection;
  /** Deletes the stream (and its consumers) and closes the connection. */
  dispose(): Promise<void>;
}

/** A stream, subjects and durable of this run only, so parallel runs never see each other's events. */
export async function openTestStream(
  ackWaitMs = 1_000,
  retry: Partial<Pick<StreamConfig, 'firstRetryMs' | 'maxRetryMs' | 'poisonAfter'>> = {},
): Promise<TestStream> {
  const tag = randomBytes(4).toString('hex');
  const config: StreamConfig = {
    url: TEST_NATS_URL,
    stream: `VW_TEST_${tag}`,
    subjectPrefix: `vwtest.${tag}`,
    durable: 'vault',
    ackWaitMs,
    firstRetryMs: 5_000,
    maxRetryMs: 300_000,
    poisonAfter: 8,
    reconnectWaitMs: 2_000,
    ...retry,
  };
  const nc = await connect({ servers: config.url });
  await ensureCityStream(await nc.jetstreamManager(), config);
  return {
    config,
    nc,
    async dispose() {
      const jsm = await nc.jetstreamManager();
      await jsm.streams.delete(config.stream).catch(() => undefined);
      await nc.close();
    },
  };
}

/** Resolves once `check` holds, polling; fails after `timeoutMs` with `what`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** True when the durable has nothing left to deliver and nothing delivered but unacked. */
export async function drained(nc: NatsConnection, config: StreamConfig): Promise<boolean> {
  const info = await (await nc.jetstreamManager()).consumers.info(config.stream, config.durable);
  return info.num_pending === 0 && info.num_ack_pending === 0;
}
