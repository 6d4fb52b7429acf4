/** Users per item (CSR) from per-user training lists, plus the item popularity counts. */
export interface ItemUsers {
  offsets: Int32Array;
  users: Int32Array;
  counts: Int32Array;
}

export function itemUsers(train: readonly Int32Array[], itemCount: number): ItemUsers {
  const counts = new Int32Array(itemCount);
  for (const row of train) for (let t = 0; t < row.length; t++) counts[row[t] as number]!++;
  const offsets = new Int32Array(itemCount + 1);
  for (let i = 0; i < itemCount; i++)
    offsets[i + 1] = (offsets[i] as number) + (counts[i] as number);
  const users = new Int32Array(offsets[itemCount] as number);
  const fill = offsets.slice(0, itemCount);
  train.forEach((row, u) => {
    for (let t = 0; t < row.length; t++) users[fill[row[t] as number]!++] = u;
  });
  return { offsets, users, counts };
}
