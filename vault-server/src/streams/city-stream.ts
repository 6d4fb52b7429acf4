import { AckPolicy, type JetStreamManager, StorageType, nanos } from 'nats';
import { deadLetterSubject, eventSubjects, type StreamConfig } from './stream-config.ts';

/** Creates the stream (events and dead letters, on disk) and the vault's durable consumer if missing. */
export async function ensureCityStream(jsm: JetStreamManager, config: StreamConfig): Promise<void> {
  try {
    await jsm.streams.info(config.stream);
  } catch {
    await jsm.streams.add({
      name: config.stream,
      subjects: [eventSubjects(config), deadLetterSubject(config)],
      storage: StorageType.File,
    });
  }
  // Adding a durable with the same settings again is a no-op, so every start may do it.
  await jsm.consumers.add(config.stream, {
    durable_name: config.durable,
    ack_policy: AckPolicy.Explicit,
    filter_subject: eventSubjects(config),
    ack_wait: nanos(config.ackWaitMs),
  });
}
