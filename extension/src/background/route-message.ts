/**
 * Which queue a runtime message runs in (index.ts wires it to the browser). Writes of the profile
 * and the sync share one queue. The read-only rank and complete requests stay out of it: queued
 * there, one tab sending heavy pages stalled marking on every other site. They read each stored
 * value once, whole (a storage or cache read sees a write entirely or not at all), so they need no
 * lock. A tab's rank requests run one after another, and one still waiting when a newer one from
 * the same tab comes is answered "keep your marks" without being ranked.
 */
import { looseObject, string } from 'zod/mini';

import type { MessageSender } from '../messaging/sender-check.ts';
import { KEEP_MARKS } from '../messaging/rank-page-response.ts';
import { serial } from '../vault/serial.ts';
import type { RuntimeResponse } from './runtime-response.ts';

type Queue = <T>(task: () => Promise<T>) => Promise<T>;

export interface MessageRoutes {
  /** Profile read-modify-writes and the sync, one at a time. */
  exclusive: Queue;
  handle(message: unknown, sender: MessageSender): Promise<RuntimeResponse | undefined>;
}

const TypeSchema = looseObject({ type: string() });
const READ_ONLY = new Set(['verwonder/rank-page', 'verwonder/complete']);
export function routeMessage(
  routes: MessageRoutes,
): (message: unknown, sender: MessageSender) => Promise<RuntimeResponse | undefined> {
  const lanes = new Map<number, { queue: Queue; latest: number; waiting: number }>();
  let tickets = 0;
  const rankInLane = (tabId: number, run: () => Promise<RuntimeResponse | undefined>) => {
    const lane = lanes.get(tabId) ?? { queue: serial(), latest: 0, waiting: 0 };
    lanes.set(tabId, lane);
    const ticket = ++tickets;
    lane.latest = ticket;
    lane.waiting += 1;
    return lane
      .queue(async () => (lane.latest === ticket ? run() : KEEP_MARKS))
      .finally(() => {
        // An idle tab keeps nothing here.
        if (--lane.waiting === 0) lanes.delete(tabId);
      });
  };
  return (message, sender) => {
    const type = TypeSchema.safeParse(message);
    const handle = () => routes.handle(message, sender);
    if (!type.success || !READ_ONLY.has(type.data.type)) return routes.exclusive(handle);
    const tabId = sender.tab?.id;
    return type.data.type === 'verwonder/rank-page' && tabId !== undefined
      ? rankInLane(tabId, handle)
      : handle();
  };
}
