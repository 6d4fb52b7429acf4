/**
 * Runs tasks one after another. Refresh tokens are single use and a second use revokes the whole
 * grant, so everything that may refresh goes through one queue; so do read-modify-writes of the
 * local profile, which the message handler and the sync share.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
