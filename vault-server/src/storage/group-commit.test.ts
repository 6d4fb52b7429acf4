import { describe, expect, it } from 'vitest';
import { GroupCommit } from './group-commit.ts';

describe('group commit', () => {
  it('commits what one event-loop turn hands in with one call, and answers each caller', async () => {
    const calls: number[][] = [];
    const group = new GroupCommit<number, number>(async (items) => {
      calls.push([...items]);
      return items.map((n) => n * 2);
    }, 100);
    expect(await Promise.all([1, 2, 3].map((n) => group.add(n)))).toEqual([2, 4, 6]);
    expect(calls).toEqual([[1, 2, 3]]);
  });

  it('splits at the batch size and commits the rest in the next turn', async () => {
    const sizes: number[] = [];
    const group = new GroupCommit<number, void>(async (items) => {
      sizes.push(items.length);
      return items.map(() => undefined);
    }, 2);
    await Promise.all([1, 2, 3, 4, 5].map((n) => group.add(n)));
    expect(sizes).toEqual([2, 2, 1]);
  });

  it('fails every item of a failed commit, serves the next, and is idle afterwards', async () => {
    let fail = true;
    const group = new GroupCommit<string, string>(async (items) => {
      if (fail) throw new Error('database gone');
      return items;
    }, 10);
    const failed = await Promise.allSettled([group.add('a'), group.add('b')]);
    expect(failed.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    const next = group.add('c');
    await group.idle();
    expect(await next).toBe('c');
  });
});
