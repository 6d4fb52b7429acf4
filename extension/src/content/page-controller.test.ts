/**
 * The content script on a hostile page (happy-dom, which lays nothing out: visibility is what the
 * page's styles say), talking to the real message handler.
 */
import { describe, expect, it, vi } from 'vitest';

import { handleRuntimeMessage, type BackgroundDeps } from '../background/handle-runtime-message.ts';
import { routeMessage } from '../background/route-message.ts';
import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { memoryStorageArea } from '../control/storage-area.ts';
import type { RuntimeRequest } from '../messaging/runtime-messages.ts';
import type { MessageSender } from '../messaging/sender-check.ts';
import { documentFrom } from '../test-support/dom-fixture.ts';
import { serial } from '../vault/serial.ts';
import { UI_HOST_TAG } from '../ui/ui-host.ts';
import { canSee } from '../page/can-see.ts';
import { startPageController } from './page-controller.ts';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const LIBRARY = 'http://127.0.0.1:4801';
const SENDER: MessageSender = { id: EXTENSION_ID, url: `${LIBRARY}/`, tab: { id: 7 }, frameId: 0 };

const book = (id: string, genre: string) => ({
  '@type': 'Book',
  identifier: id,
  name: id,
  url: `/boeken/${id}`,
  genre: [genre],
});
const GUESSES = [book('p1', 'Fantasy'), book('p2', 'Koken'), book('p3', 'Sport')];

/** A library page with `GUESSES` as cards inside `wrapper`. */
const page = (wrapper: string) =>
  documentFrom(
    `<body class="site--library"><main>${wrapper.replace(
      '%',
      `<div id="results">${GUESSES.map(
        (item) => `<article data-item-id="${item.identifier}"><h3>${item.name}</h3></article>`,
      ).join('')}</div>`,
    )}<script type="application/ld+json">${JSON.stringify(GUESSES)}</script></main></body>`,
    `${LIBRARY}/`,
  );

function controller(document: Document, answerAfter?: () => Promise<void>) {
  const local = memoryStorageArea({
    [SETTINGS_KEY]: { mode: 'on', baselineShare: 0 },
    [PROFILE_KEY]: { interests: ['fantasy'] },
  });
  const deps: BackgroundDeps = {
    version: '0.1.0',
    extensionId: EXTENSION_ID,
    extensionOrigin: `chrome-extension://${EXTENSION_ID}`,
    supportedOrigins: new Set([LIBRARY]),
    local,
    session: memoryStorageArea(),
    now: () => new Date('2026-11-28T12:00:00Z'),
    newId: () => '1',
  };
  const route = routeMessage({
    exclusive: serial(),
    handle: (message, sender) => handleRuntimeMessage(message, sender, deps),
  });
  const sent: RuntimeRequest[] = [];
  /** How many JSON-LD blocks the page had when each rank-page went out. */
  const blocks: number[] = [];
  let inFlight = 0;
  let mostInFlight = 0;
  startPageController({
    document,
    local,
    onStorageChanged: () => undefined,
    // happy-dom lays nothing out: the styles decide.
    canSee: (element) => canSee(element, { layout: false }),
    send: async (message) => {
      sent.push(message);
      if (message.type !== 'verwonder/rank-page') return route(message, SENDER);
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      blocks.push(document.querySelectorAll('script[type="application/ld+json"]').length);
      try {
        await answerAfter?.();
        return await route(message, SENDER);
      } finally {
        inFlight -= 1;
      }
    },
  });
  const reports = () => sent.filter((message) => message.type === 'verwonder/page-report');
  const ranks = () => sent.filter((message) => message.type === 'verwonder/rank-page');
  return { reports, ranks, blocks, mostInFlight: () => mostInFlight };
}

const markOn = (document: Document, id: string) =>
  document.querySelector(`article[data-item-id="${id}"] ${UI_HOST_TAG}`);

describe("A site can run an unlimited, invisible probe of the person's data", () => {
  it('marks a card the person can see', async () => {
    const document = page('%');
    controller(document);
    await vi.waitFor(() => expect(markOn(document, 'p1')).not.toBeNull());
  });

  it.each([
    ['display:none', '<div style="display:none">%</div>'],
    ['visibility:hidden', '<div style="visibility:hidden">%</div>'],
    ['opacity:0', '<div style="opacity:0">%</div>'],
  ])('marks no card inside %s', async (_name, wrapper) => {
    const document = page(wrapper);
    const { reports } = controller(document);
    await vi.waitFor(() => expect(reports().length).toBeGreaterThan(0));
    expect(markOn(document, 'p1')).toBeNull();
    expect(document.querySelectorAll(UI_HOST_TAG)).toHaveLength(0);
  });
});

describe('One hostile tab stalls marking on every other site', () => {
  it('keeps one rank-page in flight and then sends only the latest page', async () => {
    const document = page('%');
    const view = document.defaultView;
    const { ranks, blocks, mostInFlight } = controller(
      document,
      () => new Promise((resolve) => setTimeout(resolve, 100)),
    );
    await vi.waitFor(() => expect(markOn(document, 'p1')).not.toBeNull(), { timeout: 3000 });
    const before = ranks().length;
    let frames = 0;
    // Now watched: the page appends an empty JSON-LD block every frame for ten frames.
    const append = () => {
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = '[]';
      document.body.append(script);
      if (++frames < 10) view?.requestAnimationFrame(append);
    };
    view?.requestAnimationFrame(append);
    await vi.waitFor(() => expect(frames).toBe(10));
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(mostInFlight()).toBe(1);
    // One page while the page changed, then the latest one after its answer.
    expect(ranks().length - before).toBeLessThanOrEqual(2);
    expect(blocks.at(-1)).toBe(11);
  });
});
