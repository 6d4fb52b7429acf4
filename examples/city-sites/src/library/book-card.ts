import type { Book } from '@verwonder/shared/catalog/index.ts';
import { markup, type SafeHtml } from '../shared-ui/html.ts';
import { hashVariant, truncate } from '../shared-ui/item-id.ts';
import { bookPath } from './book-json-ld.ts';
import { genreLabel } from './genre-labels.ts';

/** A drawn cover: the demo loads no remote images, so covers are typographic. */
export function bookCover(book: Book, size: 'small' | 'large' = 'small'): SafeHtml {
  return markup`<div class="cover cover--${size} cover--v${hashVariant(book.id, 8)}" aria-hidden="true">
  <span class="cover__title">${truncate(book.title.replace(/\s*\(.*\)\s*$/, ''), size === 'small' ? 48 : 80)}</span>
  <span class="cover__author">${book.authors[0] ?? ''}</span>
</div>`;
}

export function ratingText(book: Book): string | undefined {
  if (book.averageRating === undefined || !book.ratingsCount) return undefined;
  return `${book.averageRating.toFixed(2).replace('.', ',')} / 5`;
}

/** One search result, with microdata mirroring the JSON-LD. */
export function bookCard(book: Book, headingLevel: 2 | 3 = 2): SafeHtml {
  const title = markup`<a href="${bookPath(book)}" itemprop="url"><span itemprop="name">${book.title}</span></a>`;
  const rating = ratingText(book);
  return markup`<article class="card book-card" data-item-id="${book.id}" itemscope itemtype="https://schema.org/Book">
  <meta itemprop="identifier" content="${book.id}">
  ${bookCover(book)}
  <div class="card__body">
    ${headingLevel === 2 ? markup`<h2 class="card__title">${title}</h2>` : markup`<h3 class="card__title">${title}</h3>`}
    <p class="card__meta">${book.authors.map(
      (name, i) =>
        markup`${i ? ', ' : ''}<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span>`,
    )}${book.year !== undefined ? markup` · <span itemprop="datePublished">${book.year}</span>` : ''}</p>
    ${rating ? markup`<p class="card__rating">★ ${rating} <span class="muted">(${book.ratingsCount.toLocaleString('nl-BE')} beoordelingen)</span></p>` : ''}
    <ul class="tags" aria-label="Genres">${book.genres.map((g) => markup`<li itemprop="genre">${genreLabel(g)}</li>`)}</ul>
  </div>
</article>`;
}
