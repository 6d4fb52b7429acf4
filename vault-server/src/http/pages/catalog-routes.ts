import { Router } from 'express';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';
import { catalogData } from '@verwonder/shared/catalog-data';
import {
  createCatalogSearch,
  type CatalogSearch,
} from '@verwonder/shared/catalog/search/catalog-search.ts';
import { resolveInterests } from '@verwonder/shared/interests/resolve-interests.ts';
import { signedIn } from '../../auth/auth-middleware.ts';
import { parseInput } from '../validate.ts';

const SearchQuery = z.object({
  q: z.string().max(200).default(''),
  kind: z.enum(['book', 'activity']).default('book'),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
const ResolveQuery = z.object({ q: z.string().max(1000).default('') });

/** Built on first use (10,000 books, 11,700 activities): the vault starts without waiting for it. */
const indexes = new Map<'book' | 'activity', CatalogSearch>();
function searchOf(kind: 'book' | 'activity'): CatalogSearch {
  let index = indexes.get(kind);
  if (!index) {
    const data = catalogData();
    index = createCatalogSearch(kind === 'book' ? data.books() : data.activities());
    indexes.set(kind, index);
  }
  return index;
}

/**
 * Input assistance for the vault's own pages: type-ahead over the public demo catalogue, and what
 * free-text interests resolve to. Nothing personal goes in or out; signed-in only, to keep the
 * search off the open internet.
 */
export function catalogRoutes(): Router {
  const router = Router();
  router.get('/catalog/search', (req, res) => {
    if (!signedIn(res)) throw new VerwonderError('unauthenticated', 'sign in first');
    const { q, kind, limit } = parseInput(SearchQuery, req.query, 'query');
    res.json({ items: searchOf(kind).search(q, limit) });
  });
  router.get('/interests/resolve', (req, res) => {
    if (!signedIn(res)) throw new VerwonderError('unauthenticated', 'sign in first');
    const { q } = parseInput(ResolveQuery, req.query, 'query');
    res.json({ resolved: resolveInterests(q) });
  });
  return router;
}

/** Builds the book index in the background, so the first keystroke does not wait for it. */
export function warmCatalogSearch(): void {
  setImmediate(() => {
    try {
      searchOf('book');
    } catch {
      // The search answers (and reports) the problem when asked.
    }
  });
}
