import { z } from 'zod';

const Name = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);
const Prefix = z.string().regex(/^[A-Za-z0-9_-]{1,32}(\.[A-Za-z0-9_-]{1,32}){0,3}$/);

const Env = z.object({
  VAULT_NATS_URL: z.string().min(1),
  VAULT_NATS_STREAM: Name.default('CITY'),
  VAULT_NATS_SUBJECT_PREFIX: Prefix.default('city'),
  VAULT_NATS_DURABLE: Name.default('vault'),
  VAULT_NATS_ACK_WAIT_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  VAULT_NATS_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(5_000),
  VAULT_NATS_MAX_RETRY_MS: z.coerce.number().int().min(10).max(86_400_000).default(300_000),
  VAULT_NATS_POISON_AFTER: z.coerce.number().int().min(2).max(1_000).default(8),
  VAULT_NATS_RECONNECT_WAIT_MS: z.coerce.number().int().min(10).max(600_000).default(2_000),
});

/** Where the city events are: one JetStream stream, one durable consumer of the vault. */
export interface StreamConfig {
  url: string;
  stream: string;
  /** Subjects are `<prefix>.events.<source>` and `<prefix>.dead-letter`. */
  subjectPrefix: string;
  durable: string;
  /** Redelivery after this long without an ack (a consumer that died mid-message). */
  ackWaitMs: number;
  /** Retries of an event storage refused: the first wait, doubled up to the cap (redelivery-policy.ts). */
  firstRetryMs: number;
  maxRetryMs: number;
  /** From this delivery on, an event refused while others were stored is a dead letter. */
  poisonAfter: number;
  /** Between attempts to reach NATS while it is away (the client's reconnects, and the first connect). */
  reconnectWaitMs: number;
}

export const eventSubjects = (config: StreamConfig): string => `${config.subjectPrefix}.events.>`;
export const eventSubject = (config: StreamConfig, source: string): string =>
  `${config.subjectPrefix}.events.${source}`;
export const deadLetterSubject = (config: StreamConfig): string =>
  `${config.subjectPrefix}.dead-letter`;

/** The stream settings from the environment, or undefined when VAULT_NATS_URL is not set. */
export function streamConfigFromEnv(env: NodeJS.ProcessEnv): StreamConfig | undefined {
  if (!env.VAULT_NATS_URL) return undefined;
  const e = Env.parse(env);
  return {
    url: e.VAULT_NATS_URL,
    stream: e.VAULT_NATS_STREAM,
    subjectPrefix: e.VAULT_NATS_SUBJECT_PREFIX,
    durable: e.VAULT_NATS_DURABLE,
    ackWaitMs: e.VAULT_NATS_ACK_WAIT_MS,
    firstRetryMs: e.VAULT_NATS_RETRY_MS,
    maxRetryMs: Math.max(e.VAULT_NATS_RETRY_MS, e.VAULT_NATS_MAX_RETRY_MS),
    poisonAfter: e.VAULT_NATS_POISON_AFTER,
    reconnectWaitMs: e.VAULT_NATS_RECONNECT_WAIT_MS,
  };
}
