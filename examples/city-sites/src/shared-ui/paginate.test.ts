import { describe, expect, it } from 'vitest';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { pageWindow, paginate } from './paginate.ts';
import { pageHref } from './pagination.ts';

const NUMBERS = Array.from({ length: 45 }, (_, i) => i + 1);

describe('paginate', () => {
  it('cuts pages and reports positions', () => {
    const third = paginate(NUMBERS, 3, 20);
    expect(third).toMatchObject({ page: 3, pageCount: 3, total: 45, first: 41, last: 45 });
    expect(third.items).toEqual([41, 42, 43, 44, 45]);
  });

  it('treats an empty list as one empty page', () => {
    expect(paginate([], 1, 20)).toMatchObject({ pageCount: 1, first: 0, last: 0, items: [] });
  });

  it('rejects a page past the end as invalid input', () => {
    try {
      paginate(NUMBERS, 4, 20);
      expect.unreachable();
    } catch (err) {
      expect(VerwonderError.is(err, 'invalid_input')).toBe(true);
    }
  });

  it('shows first, last and neighbours with gaps', () => {
    expect(pageWindow(6, 20)).toEqual([1, null, 4, 5, 6, 7, 8, null, 20]);
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
  });

  it('keeps filters in page links and drops page 1', () => {
    expect(pageHref('/', { q: 'a b', genre: undefined }, 1)).toBe('/?q=a+b');
    expect(pageHref('/', { q: 'x' }, 2)).toBe('/?q=x&pagina=2');
  });
});
