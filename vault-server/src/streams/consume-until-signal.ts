import { VerwonderError } from '@verwonder/shared';
import type { VaultContext } from '../vault-context.ts';
import { startStreamConsumer } from './stream-consumer.ts';
import { streamConfigFromEnv } from './stream-config.ts';

/** `npm run vault -- consume`: the stream consumer alone, until SIGTERM or SIGINT. */
export async function consumeUntilSignal(ctx: VaultContext): Promise<void> {
  const config = streamConfigFromEnv(process.env);
  if (!config)
    throw new VerwonderError('config_error', 'set VAULT_NATS_URL to consume the city stream');
  const consumer = startStreamConsumer(ctx, config);
  await new Promise<void>((resolve) => {
    process.once('SIGTERM', () => resolve());
    process.once('SIGINT', () => resolve());
  });
  await consumer.stop();
}
