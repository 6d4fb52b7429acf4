import type { Request } from 'express';
import { DataCategoryId } from '@verwonder/shared';

const isCategory = (segment: string | undefined): segment is string =>
  DataCategoryId.safeParse(segment).success;

/**
 * What a refused request tried, for the pod owner's audit log: its method and the route it matched
 * as written in the code (`GET /pods/anna/grants/:id`), never the path it sent. The path is the
 * caller's own text, and an entry in the owner's log is a place to tell them anything ("your vault
 * is erased today, call …"). Only the pod (the log's own) and a category (one of a fixed list) are
 * filled in; the rest of a wildcard, or of a request refused before any route matched, is `…`.
 */
export function routeLabel(req: Request, pod: string): string {
  const route: unknown = req.route;
  const pattern =
    route && typeof route === 'object' && 'path' in route && typeof route.path === 'string'
      ? route.path
      : '/pods/:pod/{*rest}';
  // Every router is mounted at the root, so the route's segments line up with the URL's.
  const sent = req.originalUrl.split('?')[0]!.split('/');
  const label = pattern.split('/').map((segment, i) => {
    const at = sent[i];
    if (segment === ':pod') return pod;
    if (segment === ':category') return isCategory(at) ? at : segment;
    if (segment.startsWith('{*') || segment.startsWith('*'))
      return isCategory(at) ? `${at}/…` : '…';
    return segment;
  });
  return `${req.method} ${label.join('/')}`;
}
