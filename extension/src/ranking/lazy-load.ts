/**
 * A file the background worker loads from its package when a ranking first needs it, then keeps in
 * memory (the collaborative model, lazy-item-model.ts; the genre-theme bridge, lazy-bridge.ts).
 * The worker may be stopped at any time; a new one just loads it again. One load at a time: the
 * requests that come while it runs wait for the same one. A failed load answers undefined (ranking
 * goes on without it), is warned about once per worker and tried again on a later request.
 */

/** The loaded value, or undefined while it cannot be loaded; never rejects. */
export type LazySource<T> = () => Promise<T | undefined>;

export function lazyLoad<T>(load: () => Promise<T>, warn: (cause: unknown) => void): LazySource<T> {
  let value: T | undefined;
  let loading: Promise<T | undefined> | undefined;
  let warned = false;
  return () => {
    if (value !== undefined) return Promise.resolve(value);
    loading ??= load()
      .then(
        (loaded) => (value = loaded),
        (cause: unknown) => {
          // Once per worker: a missing file would otherwise warn on every page.
          if (!warned) warn(cause);
          warned = true;
          return undefined;
        },
      )
      .finally(() => {
        loading = undefined;
      });
    return loading;
  };
}
