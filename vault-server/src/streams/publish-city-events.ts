import type { CityEventInput } from '@verwonder/shared/wire/city-event.ts';
import type { JetStreamClient } from 'nats';
import { eventSubject, type StreamConfig } from './stream-config.ts';

/**
 * Publishes as a city system does: one message per event on its source's subject, with the event id
 * as the message id so a retried publish is stored once by the stream.
 */
export async function publishCityEvents(
  js: JetStreamClient,
  config: StreamConfig,
  events: readonly CityEventInput[],
): Promise<number> {
  const encoder = new TextEncoder();
  // Acknowledged in windows: fast, and every event is in the stream before this returns.
  const WINDOW = 256;
  for (let start = 0; start < events.length; start += WINDOW) {
    await Promise.all(
      events.slice(start, start + WINDOW).map((event) =>
        js.publish(eventSubject(config, event.source), encoder.encode(JSON.stringify(event)), {
          msgID: `${event.source}:${event.id}`,
        }),
      ),
    );
  }
  return events.length;
}
