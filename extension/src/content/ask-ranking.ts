/**
 * The content script's side of the ranking: the page's shown items go to the background worker
 * (`verwonder/rank-page`, ranked there by rank-page.ts with the profile, the settings and the
 * vault's records), and the marks to draw come back. Asked even for a page without items: the
 * worker then reads the vault again if it is due. Nothing to draw when the worker cannot answer.
 */
import type { RankPageRequest } from '../messaging/rank-page-messages.ts';
import { RankPageResponseSchema } from '../messaging/rank-page-response.ts';
import type { PageItem } from '../page/page-item.ts';
import type { PageRanking } from '../ranking/rank-page.ts';
import type { ContentEnv } from './content-env.ts';

const NOTHING: PageRanking = { suggestions: [], records: [] };

export async function askRanking(
  env: ContentEnv,
  items: readonly PageItem[],
  site: RankPageRequest['site'],
): Promise<PageRanking> {
  // Half the bytes to pass: the link and the description are not ranked on.
  const request: RankPageRequest = {
    type: 'verwonder/rank-page',
    items: items.map(({ url: _url, description: _description, ...rest }) => rest),
  };
  if (site) request.site = site;
  try {
    const parsed = RankPageResponseSchema.safeParse(await env.send(request));
    return parsed.success ? parsed.data : NOTHING;
  } catch {
    return NOTHING;
  }
}
