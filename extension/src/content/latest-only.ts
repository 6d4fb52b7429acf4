/**
 * Runs a task at most one at a time: asked again while it runs, it runs once more afterwards (and
 * then reads the page as it is by then), however often it was asked in between. A page that
 * changes every frame thus gets one ranking request in flight, never a queue of them.
 */
export function latestOnly(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  const run = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = task()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (!again) return;
        again = false;
        void run();
      });
    return running;
  };
  return run;
}
