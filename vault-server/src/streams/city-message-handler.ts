import { headers, type JetStreamClient, type JsMsg } from 'nats';
import type { VaultContext } from '../vault-context.ts';
import { ingestCityEvent } from './ingest-city-event.ts';
import type { RedeliveryPolicy } from './redelivery-policy.ts';
import { deadLetterSubject, type StreamConfig } from './stream-config.ts';

/** Header names on a dead letter: why, and where the original came from. */
export const DEAD_LETTER_REASON = 'Verwonder-Dead-Letter-Reason';
export const DEAD_LETTER_SUBJECT = 'Verwonder-Original-Subject';
export const DEAD_LETTER_SEQUENCE = 'Verwonder-Original-Sequence';

/** A dead letter that was not published is retried after this long. */
const RETRY_DEAD_LETTER_MS = 5_000;

/**
 * Settles one message of the stream: acked only after its record is committed (or after it was
 * ignored or dead-lettered), so a crash at any point redelivers and the idempotency key turns the
 * redelivery into a no-op. An event storage keeps refusing while it takes others becomes a dead
 * letter (redelivery-policy.ts); during an outage events wait, backing off, and none is lost.
 */
export function cityMessageHandler(
  ctx: VaultContext,
  config: StreamConfig,
  js: JetStreamClient,
  policy: RedeliveryPolicy,
): (message: JsMsg) => Promise<void> {
  const publishDeadLetter = async (message: JsMsg, reason: string): Promise<void> => {
    const h = headers();
    h.set(DEAD_LETTER_REASON, reason.replace(/[\r\n]+/g, ' '));
    h.set(DEAD_LETTER_SUBJECT, message.subject);
    h.set(DEAD_LETTER_SEQUENCE, String(message.seq));
    // The message id makes a dead letter re-sent after a crash count once in the stream.
    await js.publish(deadLetterSubject(config), message.data, {
      headers: h,
      msgID: `dead-letter:${config.stream}:${message.seq}`,
    });
  };

  return async (message) => {
    let outcome;
    try {
      outcome = await ingestCityEvent(ctx, message.data);
    } catch (error) {
      const delivery = message.info.deliveryCount;
      if (!policy.failed(message.seq, delivery)) {
        const delayMs = policy.retryDelayMs(delivery);
        ctx.logger.warn(
          { err: error, seq: message.seq, delivery, delayMs },
          'city event not stored; retrying later',
        );
        message.nak(delayMs);
        return;
      }
      outcome = {
        kind: 'dead-letter' as const,
        reason: `not stored after ${delivery} deliveries while other events were: ${errorName(error)}`,
      };
    }
    if (outcome.kind === 'stored') policy.stored();
    // The reason only: neither subject nor pod, so an ignored event leaves nothing about a person.
    if (outcome.kind === 'ignored')
      ctx.logger.debug({ seq: message.seq, reason: outcome.reason }, 'city event ignored');
    if (outcome.kind === 'dead-letter') {
      try {
        await publishDeadLetter(message, outcome.reason);
      } catch (error) {
        ctx.logger.warn(
          { err: error, seq: message.seq },
          'dead letter not published; retrying later',
        );
        message.nak(RETRY_DEAD_LETTER_MS);
        return;
      }
      ctx.logger.warn({ seq: message.seq, reason: outcome.reason }, 'city event dead-lettered');
    }
    policy.settled(message.seq);
    message.ack();
  };
}

/**
 * What a dead letter says of a storage error: its class and code, never its message, which may quote
 * the values of the record (a dead letter is read by whoever runs the stream).
 */
function errorName(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  const code = 'code' in error ? error.code : undefined;
  return typeof code === 'string' && /^[A-Za-z0-9_]{1,40}$/.test(code)
    ? `${error.name} ${code}`
    : error.name;
}
