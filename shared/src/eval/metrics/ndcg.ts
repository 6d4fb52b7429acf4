/** NDCG@k with binary relevance; the ideal list puts min(|relevant|, k) hits first. */
export function ndcgAt(list: ArrayLike<number>, relevant: ReadonlySet<number>, k: number): number {
  let dcg = 0;
  for (let r = 0; r < Math.min(k, list.length); r++)
    if (relevant.has(list[r] as number)) dcg += 1 / Math.log2(r + 2);
  let idcg = 0;
  for (let r = 0; r < Math.min(k, relevant.size); r++) idcg += 1 / Math.log2(r + 2);
  return idcg === 0 ? 0 : dcg / idcg;
}
