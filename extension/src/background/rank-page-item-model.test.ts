/**
 * verwonder/rank-page with the collaborative model in the worker's deps (as background/index.ts
 * wires lazy-item-model.ts): asked for only when the page shows books and the person has records of
 * items, used when it comes, and ranking goes on without it when it does not.
 */
import { describe, expect, it } from 'vitest';

import { parseItemModel, type ItemModel } from '@verwonder/shared/wonder/model/item-model.ts';

import { PROFILE_KEY } from '../control/local-profile.ts';
import { SETTINGS_KEY } from '../control/settings.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-messages.ts';
import type { TasteRecord } from '../ranking/taste-record.ts';
import { countedSource, rankPageTestDeps } from '../test-support/rank-page-test-deps.ts';
import type { BackgroundDeps } from './background-deps.ts';
import { handleRuntimeMessage } from './handle-runtime-message.ts';

const LIBRARY = 'http://127.0.0.1:4801';
const WORKER = rankPageTestDeps(LIBRARY);

const node = (type: string, id: string, genre: string) => ({
  '@type': type,
  identifier: id,
  name: id,
  url: `/items/${id}`,
  genre,
});
/** A shelf of thrillers and, sharing nothing with them, a cookbook readers of the loan also read. */
const BOOKS = [
  ...Array.from({ length: 14 }, (_, i) => node('Book', `book-${100 + i}`, 'Thrillers')),
  node('Book', 'book-50', 'Koken'),
];
const EVENTS = [node('Event', 'concert', 'Jazz')];
const page = (nodes: { identifier: string }[]) => ({
  type: 'verwonder/rank-page',
  page: { jsonLd: nodes, shownIds: nodes.map((n) => n.identifier), baseUrl: LIBRARY },
  site: 'library',
});

const LOAN: TasteRecord = {
  id: 'vault-loan-1',
  category: 'loans',
  label: 'Gone Girl',
  terms: ['Thrillers'],
  itemId: 'book-1',
};
const MODEL = parseItemModel({
  version: 1,
  source: 'test',
  neighboursPerItem: 1,
  items: { '1': [[50], [255]] },
});

const deps = (
  records: TasteRecord[],
  model: ItemModel | undefined,
  asked: { n: number },
): BackgroundDeps =>
  WORKER.deps(
    { [SETTINGS_KEY]: { dial: 0.2, baselineShare: 0 }, [PROFILE_KEY]: { interests: ['jazz'] } },
    records,
    { itemModel: countedSource(model, asked) },
  );

const rank = async (nodes: { identifier: string }[], d: BackgroundDeps) =>
  RankPageResponseSchema.parse(await handleRuntimeMessage(page(nodes), WORKER.content, d));

describe('verwonder/rank-page with the item model', () => {
  it('loads it for a page of books and marks what readers of a loan also read', async () => {
    const asked = { n: 0 };
    const answer = await rank(BOOKS, deps([LOAN], MODEL, asked));
    expect(asked.n).toBe(1);
    const cookbook = answer.suggestions.find((s) => s.itemId === 'book-50');
    expect(cookbook?.explanations.map((e) => e.text.nl)).toContain(
      'Lezers van Gone Girl lazen ook dit',
    );
    expect(answer.records).toContainEqual({
      id: 'vault-loan-1',
      category: 'loans',
      label: 'Gone Girl',
    });
  });

  it('ranks without it when it cannot be loaded', async () => {
    const asked = { n: 0 };
    const answer = await rank(BOOKS, deps([LOAN], undefined, asked));
    expect(asked.n).toBe(1);
    expect(answer.suggestions.map((s) => s.itemId)).not.toContain('book-50');
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('does not ask for it on a page without books, or for someone without records of items', async () => {
    const asked = { n: 0 };
    await rank(EVENTS, deps([LOAN], MODEL, asked));
    await rank(BOOKS, deps([{ ...LOAN, itemId: undefined }], MODEL, asked));
    expect(asked.n).toBe(0);
  });
});
