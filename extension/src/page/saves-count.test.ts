import { describe, expect, it } from 'vitest';

import { documentFrom } from '../test-support/dom-fixture.ts';
import { microdataNodes } from './microdata-nodes.ts';
import { toPageItem } from './page-item.ts';
import { MAX_SAVES, savesOf } from './saves-count.ts';

const counter = (interactionType: unknown, userInteractionCount: unknown) => ({
  '@type': 'InteractionCounter',
  interactionType,
  userInteractionCount,
});
const BOOKMARK = 'https://schema.org/BookmarkAction';

describe('savesOf', () => {
  it('reads the BookmarkAction counter by any name of the action, as a number or digits', () => {
    expect(savesOf(counter(BOOKMARK, 1234))).toBe(1234);
    expect(savesOf(counter('http://schema.org/BookmarkAction', ' 87 '))).toBe(87);
    expect(savesOf(counter('schema:BookmarkAction', '0'))).toBe(0);
    expect(savesOf(counter({ '@type': 'BookmarkAction' }, 5))).toBe(5);
    expect(savesOf([counter('https://schema.org/LikeAction', 9), counter(BOOKMARK, 12)])).toBe(12);
  });

  it('reads a hostile or missing count as none, never as an error', () => {
    for (const bad of [
      undefined,
      null,
      42,
      'many',
      [],
      counter(BOOKMARK, -3),
      counter(BOOKMARK, 2.5),
      counter(BOOKMARK, '1.234'),
      counter(BOOKMARK, '1e6'),
      counter(BOOKMARK, MAX_SAVES + 1),
      counter(BOOKMARK, Number.MAX_VALUE),
      counter(BOOKMARK, Number.NaN),
      counter(BOOKMARK, { value: 3 }),
      counter(BOOKMARK, undefined),
      counter('https://schema.org/LikeAction', 7),
      counter('https://evil.example/BookmarkAction', 7),
      counter(undefined, 7),
      counter({ '@type': 7 }, 7),
    ])
      expect(savesOf(bad), JSON.stringify(bad)).toBeUndefined();
    // A malformed counter beside it does not hide a good one.
    expect(savesOf([{ interactionType: 3 }, counter(BOOKMARK, 8)])).toBe(8);
  });

  it('keeps the item whatever its interactionStatistic holds', () => {
    const event = (interactionStatistic: unknown) =>
      toPageItem(
        { '@type': 'MusicEvent', identifier: 'act-1', name: 'Jazz', interactionStatistic },
        'http://127.0.0.1:4802/',
      );
    expect(event(counter(BOOKMARK, 300))?.saves).toBe(300);
    for (const bad of [7, 'x', { userInteractionCount: 'x' }, [null, { a: 1 }]]) {
      const item = event(bad);
      expect(item?.id).toBe('act-1');
      expect(item?.saves).toBeUndefined();
    }
  });

  it('reads the counter from microdata as from JSON-LD', () => {
    const doc = documentFrom(
      `<article itemscope itemtype="https://schema.org/MusicEvent"><meta itemprop="identifier" content="act-2"><span itemprop="name">Jazz</span><span itemprop="interactionStatistic" itemscope itemtype="https://schema.org/InteractionCounter"><link itemprop="interactionType" href="${BOOKMARK}"><meta itemprop="userInteractionCount" content="4321"></span></article>`,
      'http://127.0.0.1:4802/',
    );
    const [found] = microdataNodes(doc);
    expect(toPageItem(found?.node, 'http://127.0.0.1:4802/')?.saves).toBe(4321);
  });
});
