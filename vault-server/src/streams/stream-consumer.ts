import { connect, Events, type ConsumerMessages, type NatsConnection } from 'nats';
import type { VaultContext } from '../vault-context.ts';
import { ensureCityStream } from './city-stream.ts';
import { cityMessageHandler } from './city-message-handler.ts';
import { redeliveryPolicy } from './redelivery-policy.ts';
import type { StreamConfig } from './stream-config.ts';

export {
  DEAD_LETTER_REASON,
  DEAD_LETTER_SEQUENCE,
  DEAD_LETTER_SUBJECT,
} from './city-message-handler.ts';

/** `connecting`: NATS not reached (yet, or again); events wait in the stream meanwhile. */
export type StreamConsumerState = 'connecting' | 'consuming' | 'stopped';

export interface StreamConsumer {
  state(): StreamConsumerState;
  /** Stops fetching and reconnecting, finishes the message in hand, closes the connection. */
  stop(): Promise<void>;
}

/** The waits between attempts to open the consumer double up to this many times reconnectWaitMs. */
const MAX_RESTART_WAITS = 16;
/** How long stop() lets acks already sent reach NATS before it closes the connection. */
const DRAIN_MS = 2_000;

/**
 * The vault's durable pull consumer, kept running for as long as the vault runs: it starts whether
 * or not NATS is there, the client reconnects for ever after an outage of any length, and whenever
 * consumption ends all the same (the connection closed, the stream or durable gone) it starts
 * again, the waits between attempts doubling from `reconnectWaitMs` to 16 times it (2 s to 32 s).
 * Each message is settled by city-message-handler.ts (acked after its record is committed: exactly
 * once with the idempotency key). Its state is on /healthz as `cityStream` and every change is
 * logged; a vault without NATS still serves, so /healthz stays 200 (vault-server/README.md).
 */
export function startStreamConsumer(ctx: VaultContext, config: StreamConfig): StreamConsumer {
  const policy = redeliveryPolicy(config);
  let state: StreamConsumerState = 'connecting';
  let stopping = false;
  let nc: NatsConnection | undefined;
  let messages: ConsumerMessages | undefined;
  let signalStop!: () => void;
  const stopSignal = new Promise<undefined>((resolve) => (signalStop = () => resolve(undefined)));
  ctx.statusReports.set('cityStream', () => state);

  /** One connection, consumed until it ends; resolves (or rejects) when consumption stops. */
  const consumeOnce = async (): Promise<void> => {
    const connecting = connect({
      servers: config.url,
      name: 'verwonder-vault',
      // Never give up on a connection once made (the default gives up after 10 attempts, ~20 s).
      maxReconnectAttempts: -1,
      reconnectTimeWait: config.reconnectWaitMs,
    });
    // stop() does not wait for a connect in flight: a connection that opens after it is closed at once.
    void connecting.then((late) => (stopping ? late.close() : undefined)).catch(() => undefined);
    nc = await Promise.race([connecting, stopSignal]);
    if (!nc || stopping) return;
    void watchConnection(nc);
    await ensureCityStream(await nc.jetstreamManager(), config);
    const js = nc.jetstream();
    const consumer = await js.consumers.get(config.stream, config.durable);
    // A stream or durable gone (NATS came back without its storage) ends consumption, and the next
    // round creates them again, instead of waiting for someone else to.
    messages = await consumer.consume({ max_messages: 64, abort_on_missing_resource: true });
    if (stopping) return void (await messages.close());
    state = 'consuming';
    ctx.logger.info(
      { stream: config.stream, durable: config.durable },
      'city stream consumer ready',
    );
    const handle = cityMessageHandler(ctx, config, js, policy);
    for await (const message of messages) {
      await handle(message).catch((error: unknown) => {
        ctx.logger.error({ err: error, seq: message.seq }, 'city event not handled');
        message.nak(policy.retryDelayMs(message.info.deliveryCount));
      });
    }
  };

  const watchConnection = async (connection: NatsConnection) => {
    for await (const status of connection.status()) {
      if (stopping || connection !== nc) return;
      if (status.type === Events.Disconnect) {
        state = 'connecting';
        ctx.logger.warn('city stream consumer lost NATS; reconnecting (events wait in the stream)');
      } else if (status.type === Events.Reconnect && messages) {
        state = 'consuming';
        ctx.logger.info('city stream consumer reconnected to NATS');
      }
    }
  };

  const run = async () => {
    for (let attempt = 0; !stopping; attempt += 1) {
      let failure: unknown;
      const started = Date.now();
      await consumeOnce().catch((error: unknown) => (failure = error));
      const consumed = state === 'consuming';
      const ended = nc;
      nc = undefined;
      messages = undefined;
      if (stopping) return;
      state = 'connecting';
      await ended?.close().catch(() => undefined);
      // A round that consumed for a while starts the waits from the beginning again.
      const maxWaitMs = config.reconnectWaitMs * MAX_RESTART_WAITS;
      if (consumed && Date.now() - started > maxWaitMs) attempt = 0;
      const waitMs = Math.min(maxWaitMs, config.reconnectWaitMs * 2 ** Math.min(attempt, 4));
      ctx.logger.warn(
        { err: failure, url: config.url, stream: config.stream, retryInMs: waitMs },
        consumed
          ? 'city stream consumption ended; starting it again'
          : 'city stream consumer not connected to NATS; retrying',
      );
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise((resolve) => (timer = setTimeout(resolve, waitMs))),
        stopSignal,
      ]);
      clearTimeout(timer);
    }
  };
  const running = run();

  let stopped: Promise<void> | undefined;
  return {
    state: () => state,
    stop: () =>
      (stopped ??= (async () => {
        stopping = true;
        state = 'stopped';
        signalStop();
        const connection = nc;
        // Ends the loop over messages after the one in hand, so nothing is stored once stop() returns.
        if (messages) await messages.close().catch(() => undefined);
        // Requests still pending on a NATS that is away end when their connection closes.
        else await connection?.close().catch(() => undefined);
        await running;
        if (connection && !connection.isClosed()) await closeConnection(connection);
      })()),
  };
}

/** Drain (acks already sent reach NATS), but never wait longer than DRAIN_MS for a NATS that is away. */
async function closeConnection(nc: NatsConnection): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const capped = new Promise((resolve) => (timer = setTimeout(resolve, DRAIN_MS)));
  await Promise.race([nc.drain(), capped]).catch(() => undefined);
  clearTimeout(timer);
  if (!nc.isClosed()) await nc.close().catch(() => undefined);
}
