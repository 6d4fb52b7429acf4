interface Pending<In, Out> {
  item: In;
  resolve: (result: Out) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: what concurrent requests hand in during one event-loop turn goes to the database in
 * one `commit` call (up to `maxBatch` items; the rest in the next turn). Each caller waits for its own
 * result, so nothing is answered before it is stored; a failed commit fails every item in it.
 * `commit` returns one result per item, in order.
 */
export class GroupCommit<In, Out> {
  private pending: Pending<In, Out>[] = [];
  private scheduled = false;

  constructor(
    private readonly commit: (items: readonly In[]) => Promise<readonly Out[]>,
    private readonly maxBatch: number,
  ) {}

  add(item: In): Promise<Out> {
    return new Promise((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Resolves once everything added so far is committed (or failed): shutdown waits for this. */
  async idle(): Promise<void> {
    while (this.scheduled) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  private async flush(): Promise<void> {
    const batch = this.pending.splice(0, this.maxBatch);
    try {
      const results = await this.commit(batch.map((entry) => entry.item));
      batch.forEach((entry, i) => entry.resolve(results[i]!));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
    } finally {
      if (this.pending.length > 0) setImmediate(() => void this.flush());
      else this.scheduled = false;
    }
  }
}
