import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

export interface PageOf<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first item on this page (0 when empty). */
  first: number;
  last: number;
}

/** Cuts one page out of a list; a page past the end is a client error (400), not an empty page. */
export function paginate<T>(all: readonly T[], page: number, pageSize: number): PageOf<T> {
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  if (page > pageCount) {
    throw new VerwonderError('invalid_input', 'Deze pagina bestaat niet', {
      details: {
        problems: [
          {
            parameter: 'pagina',
            message: `Pagina ${page} bestaat niet: er ${pageCount === 1 ? 'is 1 pagina' : `zijn ${pageCount} pagina's`}.`,
          },
        ],
      },
    });
  }
  const start = (page - 1) * pageSize;
  const items = all.slice(start, start + pageSize);
  return {
    items,
    page,
    pageCount,
    total: all.length,
    first: items.length ? start + 1 : 0,
    last: start + items.length,
  };
}

/** Page numbers to show: first, last, and a window around the current page; null marks a gap. */
export function pageWindow(page: number, pageCount: number, radius = 2): Array<number | null> {
  const pages = new Set<number>([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (typeof prev === 'number' && p - prev > 1) out.push(null);
    out.push(p);
  }
  return out;
}
