/**
 * When a city event that storage keeps refusing becomes a dead letter, and how long to wait before
 * each retry. A storage error is usually not the message's fault (the database restarts, a lock
 * times out), so an outage must never dead-letter good events; but one event that storage refuses
 * while it takes others would otherwise come back for ever. The rule: after `poisonAfter`
 * deliveries, a failure is the message's own only when this consumer stored another event between
 * that message's previous failure and this one. During an outage nothing else is stored, so
 * nothing is dead-lettered; the retries back off (doubling, capped) instead.
 */
export interface RedeliveryPolicy {
  /** The wait before redelivering a message that failed on its `delivery`-th delivery (1-based). */
  retryDelayMs(delivery: number): number;
  /** Notes that an event was stored (what tells a poison message from an outage). */
  stored(): void;
  /** Notes a failure of message `seq` on its `delivery`-th delivery: true when it is poison. */
  failed(seq: number, delivery: number): boolean;
  /** Forgets a message that was acked or dead-lettered. */
  settled(seq: number): void;
}

export interface RedeliveryOptions {
  firstRetryMs: number;
  maxRetryMs: number;
  poisonAfter: number;
}

/** Messages whose last failure is remembered; beyond it the oldest are forgotten (then retried). */
const REMEMBERED = 10_000;

export function redeliveryPolicy(options: RedeliveryOptions): RedeliveryPolicy {
  let storedCount = 0;
  /** seq → storedCount at the message's last failure in this process. */
  const lastFailure = new Map<number, number>();
  return {
    retryDelayMs: (delivery) =>
      Math.min(options.maxRetryMs, options.firstRetryMs * 2 ** Math.min(30, delivery - 1)),
    stored: () => {
      storedCount += 1;
    },
    failed(seq, delivery) {
      const before = lastFailure.get(seq);
      const poison =
        delivery >= options.poisonAfter && before !== undefined && storedCount > before;
      if (poison) lastFailure.delete(seq);
      else {
        lastFailure.delete(seq);
        lastFailure.set(seq, storedCount);
        if (lastFailure.size > REMEMBERED) lastFailure.delete(lastFailure.keys().next().value!);
      }
      return poison;
    },
    settled: (seq) => {
      lastFailure.delete(seq);
    },
  };
}
