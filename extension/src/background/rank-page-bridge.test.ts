/**
 * verwonder/rank-page with the genre-theme bridge in the worker's deps (as background/index.ts wires
 * lazy-bridge.ts): on an agenda page, for someone whose loans carry a genre the bridge links to a
 * UiT theme, the exhibition on that theme is marked for those loans (typed by hand too), and ranking
 * goes on without it when it cannot be loaded.
 */
import { describe, expect, it } from 'vitest';

import type { GenreThemeBridge } from '@verwonder/shared/catalog/genre-theme-bridge.ts';

import { SETTINGS_KEY } from '../control/settings.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-messages.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { readBridge } from '../ranking/read-bridge.ts';
import { countedSource, rankPageTestDeps } from '../test-support/rank-page-test-deps.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const AGENDA = 'http://127.0.0.1:4802';
const WORKER = rankPageTestDeps(AGENDA);

const event = (id: string, eventType: string, theme: { name: string; termCode: string }) => ({
  '@type': 'Event',
  identifier: id,
  name: id,
  url: `/activities/${id}`,
  additionalType: `https://taxonomy.uitdatabank.be/terms/${eventType}`,
  about: theme,
  location: { name: 'MAS' },
});
const EVENTS = [
  event('jazz', '0.50.4.0.0', { name: 'Jazz en blues', termCode: '1.8.3.1.0' }),
  event('history', '0.0.0.0.0', { name: 'Geschiedenis', termCode: '1.11.0.0.0' }),
  event('design', '0.0.0.0.0', { name: 'Design', termCode: '1.0.6.0.0' }),
];
const PAGE = {
  type: 'verwonder/rank-page',
  page: { jsonLd: EVENTS, shownIds: EVENTS.map((e) => e.identifier), baseUrl: AGENDA },
  site: 'agenda',
};

const loan = (n: number): TasteRecord => ({
  id: `vault-loan-${n}`,
  category: 'loans',
  label: `Book ${n}`,
  terms: ['historical_fiction'],
  itemId: `book-${n}`,
  time: `2026-11-0${n}T10:00:00.000Z`,
});
const BRIDGE = readBridge({ historical_fiction: [{ themeId: '1.11.0.0.0', weight: 0.8 }] });

const deps = (
  records: TasteRecord[],
  bridge: GenreThemeBridge | undefined,
  asked: { n: number },
): BackgroundDeps =>
  WORKER.deps({ [SETTINGS_KEY]: { baselineShare: 0 } }, records, {
    bridge: countedSource(bridge, asked),
  });

const rank = async (d: BackgroundDeps) =>
  RankPageResponseSchema.parse(await handleRuntimeMessage(PAGE, WORKER.content, d));

describe('verwonder/rank-page with the genre-theme bridge', () => {
  it('marks the exhibition on a theme the loans\u2019 genre reaches, for those loans (review finding: the extension ranks without the genre-theme bridge)', async () => {
    const asked = { n: 0 };
    const answer = await rank(deps([loan(1), loan(2)], BRIDGE, asked));
    expect(asked.n).toBe(1);
    const history = answer.suggestions.find((s) => s.itemId === 'history');
    expect(history?.kind).toBe('relevant');
    expect(history?.explanations.map((e) => e.text.nl)).toContain(
      'Je leest graag over geschiedenis: een tentoonstelling in MAS',
    );
    expect(answer.records.map((r) => r.id).toSorted()).toEqual(['vault-loan-1', 'vault-loan-2']);
  });

  it('ranks without it when it cannot be loaded', async () => {
    const asked = { n: 0 };
    const answer = await rank(deps([loan(1), loan(2)], undefined, asked));
    expect(asked.n).toBe(1);
    expect(answer.suggestions.filter((s) => s.kind === 'relevant')).toEqual([]);
  });

  it('uses it for loans typed by hand, without a catalogue id', async () => {
    const typed = [loan(1), loan(2)].map(({ itemId: _, ...record }) => record);
    const answer = await rank(deps(typed, BRIDGE, { n: 0 }));
    expect(answer.suggestions.find((s) => s.itemId === 'history')?.kind).toBe('relevant');
  });
});
