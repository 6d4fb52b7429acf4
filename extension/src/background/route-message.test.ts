import { describe, expect, it, vi } from 'vitest';

import type { MessageSender } from '../messaging/sender-check.ts';
import { serial } from '../vault/serial.ts';
import { routeMessage } from './route-message.ts';

const tab = (id: number): MessageSender => ({
  id: 'x',
  url: `http://127.0.0.1:480${id}/`,
  tab: { id },
  frameId: 0,
});
const RANK = { type: 'verwonder/rank-page', page: { jsonLd: [], baseUrl: 'http://x/' } };
const ANSWER = { suggestions: [], records: [], items: [], shown: 0 };
const later = (ms: number) => new Promise((resolve) => setTimeout(() => resolve('waiting'), ms));

describe('One hostile tab stalls marking on every other site', () => {
  it('answers another tab without waiting for the queued work of a slow tab, and drops the slow tab’s superseded requests', async () => {
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const handled: number[] = [];
    const route = routeMessage({
      exclusive: serial(),
      handle: async (_message, sender) => {
        handled.push(sender.tab?.id ?? -1);
        if (handled.length === 1) await slow;
        return ANSWER;
      },
    });
    const first = route(RANK, tab(1));
    // The first request is being ranked when the others come.
    await vi.waitFor(() => expect(handled).toEqual([1]));
    const queued = Array.from({ length: 9 }, () => route(RANK, tab(1)));
    const other = route(RANK, tab(2));
    expect(await Promise.race([other, later(200)])).toEqual(ANSWER);
    release();
    expect(await first).toEqual(ANSWER);
    const answers = await Promise.all(queued);
    // Only the latest of the queued requests is ranked; the others keep the page's marks.
    expect(handled.filter((id) => id === 1)).toHaveLength(2);
    expect(answers.at(-1)).toEqual(ANSWER);
    expect(answers.slice(0, -1).every((answer) => answer && 'keepMarks' in answer)).toBe(true);
  });

  it('still runs writes one at a time', async () => {
    const order: string[] = [];
    let release = () => {};
    const slow = new Promise<void>((resolve) => (release = resolve));
    const route = routeMessage({
      exclusive: serial(),
      handle: async (message) => {
        const type =
          typeof message === 'object' && message && 'type' in message ? message.type : '';
        order.push(`start ${type}`);
        if (order.length === 1) await slow;
        order.push(`end ${type}`);
        return { ok: true };
      },
    });
    const writes = [
      route({ type: 'verwonder/feedback-events', events: [] }, tab(1)),
      route({ type: 'verwonder/stop-category', category: 'loans' }, tab(2)),
    ];
    await later(20);
    release();
    await Promise.all(writes);
    expect(order).toEqual([
      'start verwonder/feedback-events',
      'end verwonder/feedback-events',
      'start verwonder/stop-category',
      'end verwonder/stop-category',
    ]);
  });
});
