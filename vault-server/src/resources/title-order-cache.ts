/** A record's place in title order: its folded title (cut short), id and clear time. */
export interface TitlePlace {
  key: string;
  id: string;
  time: string;
}

interface Kept {
  version: string;
  places: readonly TitlePlace[];
  at: number;
}

/** How long a category's order is kept unused; an erased pod's titles do not stay longer. */
const KEPT_MS = 10 * 60_000;
/** Places kept across categories, so memory stays bounded however many people page by title. */
const MAX_PLACES = 200_000;

/**
 * The title order of categories this process read lately, each under the category's version in
 * the database (`record_changes`, moved by every write through any process): a page in title order
 * opens only its own records while the version stands, and a write anywhere makes the next page
 * read the category again. One per storage, since pod names repeat across databases.
 */
export class TitleOrderCache {
  private readonly kept = new Map<string, Kept>();
  private places = 0;

  constructor(private readonly now: () => number = Date.now) {}

  /** The order kept for this version, if any. */
  get(pod: string, category: string, version: string): readonly TitlePlace[] | undefined {
    this.forgetStale();
    const key = JSON.stringify([pod, category]);
    const kept = this.kept.get(key);
    if (!kept || kept.version !== version) return undefined;
    // Most recently used last, so the oldest go first when memory runs out.
    this.kept.delete(key);
    this.kept.set(key, { ...kept, at: this.now() });
    return kept.places;
  }

  set(pod: string, category: string, version: string, places: readonly TitlePlace[]): void {
    const key = JSON.stringify([pod, category]);
    this.drop(key);
    if (places.length > MAX_PLACES) return;
    this.kept.set(key, { version, places, at: this.now() });
    this.places += places.length;
    for (const oldest of this.kept.keys()) {
      if (this.places <= MAX_PLACES) break;
      this.drop(oldest);
    }
  }

  private drop(key: string): void {
    const kept = this.kept.get(key);
    if (!kept) return;
    this.places -= kept.places.length;
    this.kept.delete(key);
  }

  private forgetStale(): void {
    const now = this.now();
    for (const [key, kept] of this.kept) if (now - kept.at > KEPT_MS) this.drop(key);
  }
}
