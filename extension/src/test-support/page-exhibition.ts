import type { PageItem } from '../page/page-item.ts';
import { pageBook } from './page-book.ts';

/** An exhibition as a museum page gives it: its name, where it is and its keywords. */
export const pageExhibition = (
  id: string,
  name: string,
  location: string,
  keywords: string[],
): PageItem => ({
  ...pageBook(id, [], keywords),
  type: 'ExhibitionEvent',
  kind: 'exhibition',
  name,
  location,
});
