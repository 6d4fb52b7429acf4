import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Book, Venue } from '@verwonder/shared/catalog/index.ts';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { aKaartNumber } from '../http/form-fields-schema.ts';
import { formToken, formTokenField } from '../http/form-token.ts';
import { parseForm } from '../http/parse-form.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { confirmationCode } from '../shared-ui/confirmation-code.ts';
import {
  errorSummary,
  inputField,
  selectField,
  type FieldErrors,
  type FieldValues,
} from '../shared-ui/form-fields.ts';
import { markup } from '../shared-ui/html.ts';
import { withContext } from '../shared-ui/item-list-json-ld.ts';
import { paragraphs } from '../shared-ui/paragraphs.ts';
import { bookCover, ratingText } from './book-card.ts';
import { bookJsonLd, bookPath } from './book-json-ld.ts';
import { bookLanguage } from './book-language.ts';
import type { BookIndex } from './book-search.ts';
import { genreLabel } from './genre-labels.ts';
import { vaultWriteNote } from '../oauth/vault-banner.ts';
import { loanRecord } from '../oauth/vault-records.ts';

function findBook(index: BookIndex, id: string | undefined): Book {
  const book = id ? index.get(id) : undefined;
  if (!book) throw new VerwonderError('not_found', 'Dit boek staat niet in de catalogus');
  return book;
}

export function reservationSchema(pickup: readonly Venue[]) {
  const where = z
    .string({ error: 'Kies waar je het boek afhaalt.' })
    .refine((id) => pickup.some((v) => v.id === id), {
      error: 'Kies waar je het boek afhaalt.',
    });
  // Without library venues in the catalogue there is nothing to choose from.
  return z.object({
    akaartnummer: aKaartNumber,
    formulier: formToken,
    afhaalpunt: pickup.length ? where : z.string().optional(),
  });
}

function renderBook(
  res: Response,
  ctx: SiteContext,
  book: Book,
  pickup: readonly Venue[],
  form: { values: FieldValues; errors: FieldErrors } = { values: {}, errors: {} },
): Promise<void> {
  const base = ctx.directory.library ?? '';
  const language = bookLanguage(book.language);
  const rating = ratingText(book);
  return sendPage(
    res,
    ctx,
    {
      title: book.title,
      description:
        book.description?.slice(0, 160) ?? `${book.title} door ${book.authors.join(', ')}`,
      crumbs: [
        { label: 'Home', href: '/' },
        { label: 'Catalogus', href: '/' },
        { label: book.title },
      ],
      jsonLd: [withContext(bookJsonLd(book, base))],
      body: markup`<div class="container detail">
  <article class="detail__main" data-item-id="${book.id}" itemscope itemtype="https://schema.org/Book">
    <meta itemprop="identifier" content="${book.id}">
    <link itemprop="url" href="${base}${bookPath(book)}">
    <div class="detail__intro">
      ${bookCover(book, 'large')}
      <div>
        <p class="eyebrow">Boek</p>
        <h1 itemprop="name">${book.title}</h1>
        <p class="detail__byline">door ${book.authors.map(
          (name, i) =>
            markup`${i ? ', ' : ''}<span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span>`,
        )}</p>
        <dl class="facts">
          ${book.year !== undefined ? markup`<div><dt>Verschenen</dt><dd itemprop="datePublished">${book.year}</dd></div>` : ''}
          ${language ? markup`<div><dt>Taal</dt><dd><meta itemprop="inLanguage" content="${language.tag}">${language.nl}</dd></div>` : ''}
          ${book.isbn ? markup`<div><dt>ISBN</dt><dd itemprop="isbn">${book.isbn}</dd></div>` : ''}
          ${rating ? markup`<div><dt>Waardering</dt><dd>★ ${rating} (${book.ratingsCount.toLocaleString('nl-BE')} lezers)</dd></div>` : ''}
        </dl>
        <ul class="tags" aria-label="Genres">${book.genres.map((g) => markup`<li itemprop="genre">${genreLabel(g)}</li>`)}</ul>
      </div>
    </div>
    <section aria-labelledby="over-titel">
      <h2 id="over-titel">Over dit boek</h2>
      ${book.description ? paragraphs(book.description, { itemprop: 'description' }) : markup`<p>Er is nog geen beschrijving van dit boek.</p>`}
    </section>
    ${
      book.themes.length
        ? markup`<section aria-labelledby="themas-titel"><h2 id="themas-titel">Thema's</h2><ul class="tags tags--outline">${book.themes.map(
            (t) => markup`<li>${t.label.nl}</li>`,
          )}</ul></section>`
        : ''
    }
  </article>
  <aside class="detail__aside panel" aria-labelledby="reserveer-titel">
    <h2 id="reserveer-titel">Reserveren</h2>
    <p>Reserveren is gratis. We laten je weten wanneer het boek voor je klaarligt.</p>
    ${errorSummary(form.errors)}
    <form method="post" action="${bookPath(book)}/reserveren" novalidate>
      ${formTokenField(form.values)}
      ${inputField({ name: 'akaartnummer', label: 'A-kaartnummer', hint: '13 cijfers, op de achterkant van je A-kaart', inputmode: 'numeric', maxlength: 20, required: true, values: form.values, errors: form.errors })}
      ${
        pickup.length === 0
          ? ''
          : selectField({
              name: 'afhaalpunt',
              label: 'Afhalen in',
              required: true,
              options: pickup.map((v) => ({ value: v.id, label: v.name })),
              values: form.values,
              errors: form.errors,
            })
      }
      <button class="button button--primary button--block" type="submit">Reserveer</button>
    </form>
    <p class="panel__note">Nog geen lid? <a href="/registreren">Schrijf je in</a>.</p>
  </aside>
</div>`,
    },
    Object.keys(form.errors).length ? 400 : 200,
  );
}

export function bookPage(ctx: SiteContext, index: BookIndex, pickup: readonly Venue[]) {
  return async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    await renderBook(res, ctx, findBook(index, req.params.id), pickup);
  };
}

export function reserveBook(ctx: SiteContext, index: BookIndex, pickup: readonly Venue[]) {
  const schema = reservationSchema(pickup);
  return async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    const book = findBook(index, req.params.id);
    const form = parseForm(schema, req.body);
    if (!form.ok) return renderBook(res, ctx, book, pickup, form);
    const venue = pickup.find((v) => v.id === form.data.afhaalpunt);
    const code = confirmationCode('R', form.data.formulier);
    // With a connected vault (loans:write) the loan is also kept in the person's own pod.
    const saved = await ctx.vault?.write(
      req,
      'loans',
      loanRecord(book, ctx.directory.library ?? '', venue?.name),
      // The form's token, not the number: retries of one form are one record in the pod.
      form.data.formulier,
    );
    await sendPage(res, ctx, {
      title: 'Reservatie bevestigd',
      crumbs: [
        { label: 'Home', href: '/' },
        { label: book.title, href: bookPath(book) },
        { label: 'Reservatie bevestigd' },
      ],
      body: markup`<div class="container page-message">
  <div class="confirmation" role="status">
    <h1>Je reservatie is bevestigd</h1>
    <p>Je hebt <strong>${book.title}</strong> van ${book.authors.join(', ')} gereserveerd.</p>
    <dl class="facts facts--stacked">
      <div><dt>Reservatienummer</dt><dd>${code}</dd></div>
      <div><dt>Afhalen in</dt><dd>${venue?.name ?? ''}${venue ? markup`, ${venue.address.street}, ${venue.address.postalCode} Antwerpen` : ''}</dd></div>
      <div><dt>A-kaart</dt><dd>•••• ${form.data.akaartnummer.slice(-4)}</dd></div>
    </dl>
    <p>Je krijgt bericht zodra het boek klaarligt. Het blijft 10 dagen voor je bewaard.</p>
    ${vaultWriteNote(saved, 'De uitlening')}
    <p><a class="button" href="/">Verder zoeken</a></p>
  </div>
</div>`,
    });
  };
}
