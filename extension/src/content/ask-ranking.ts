/**
 * The content script's side of reading and ranking a page: it collects what only the page's DOM
 * can tell (the item elements, the list, the raw JSON-LD and, when needed, microdata; page-layout.ts)
 * and sends it to the background worker (`verwonder/rank-page`), which parses the page's words,
 * ranks the shown items and answers with the marks and the items they mark. Asked even for a page
 * without items: the worker then reads the vault again if it is due. Nothing to draw when the
 * worker cannot answer; nothing new (undefined) when the worker says to keep the marks (the tab's
 * ranking budget is spent, or a newer request replaced this one).
 */
import type { RankPageRequest, RankPageResponse } from '../messaging/rank-page-messages.ts';
import { NO_MARKS, RankPageResponseSchema } from '../messaging/rank-page-response.ts';
import {
  needsMicrodataFirst,
  pageKind,
  pageLayout,
  pageSource,
  placeItems,
  type FoundItem,
  type PageKind,
  type PageLayout,
} from '../page/page-layout.ts';
import type { PageRanking } from '../ranking/rank-page.ts';
import type { ContentEnv } from './content-env.ts';

export interface RankedPage {
  ranking: PageRanking;
  /** The items the suggestions mark (and an item page's one item), placed on their elements. */
  byId: Map<string, FoundItem>;
  kind: PageKind;
  layout: PageLayout;
  /** The one item an item page shows. */
  single?: FoundItem;
}

async function ask(env: ContentEnv, request: RankPageRequest): Promise<RankPageResponse> {
  try {
    const parsed = RankPageResponseSchema.safeParse(await env.send(request));
    return parsed.success ? parsed.data : NO_MARKS;
  } catch {
    return NO_MARKS;
  }
}

export async function askRanking(
  env: ContentEnv,
  document: Document,
): Promise<RankedPage | undefined> {
  const layout = pageLayout(document);
  const request = (withMicrodata: boolean) => {
    const read = pageSource(document, layout, withMicrodata);
    const message: RankPageRequest = { type: 'verwonder/rank-page', page: read.source };
    if (layout.site) message.site = layout.site;
    return { read, message };
  };
  let sent = request(needsMicrodataFirst(layout));
  let answer = await ask(env, sent.message);
  if (answer.needsMicrodata) {
    sent = request(true);
    answer = await ask(env, sent.message);
  }
  if (answer.keepMarks) return undefined;
  const found = placeItems(
    answer.items,
    layout,
    answer.microdataIds,
    sent.read.microdataElements,
  ).filter((entry) => entry.element);
  const byId = new Map(found.map((entry) => [entry.item.id, entry]));
  const ranked: RankedPage = {
    ranking: { suggestions: answer.suggestions, records: answer.records },
    byId,
    kind: pageKind(layout, answer.shown),
    layout,
  };
  const single = answer.shown === 1 ? found[0] : undefined;
  if (single) ranked.single = single;
  return ranked;
}
