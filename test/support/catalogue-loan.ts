import type { Book } from '@verwonder/shared/catalog/book.ts';

/**
 * A loan of a catalogue book as a library would write it, a month ago (the vault refuses a record
 * already past its category's retention); `itemId` may name another item than the one described.
 */
export function catalogueLoan(book: Book, itemId = book.id) {
  return {
    time: new Date(Date.now() - 30 * 86_400_000).toISOString(),
    source: { type: 'person' },
    item: {
      id: itemId,
      title: book.title.slice(0, 500),
      kind: 'book',
      medium: 'read',
      genres: book.genres,
      authors: book.authors,
      termIds: book.themes.map((theme) => theme.id),
    },
    data: { action: 'borrowed' },
  };
}
