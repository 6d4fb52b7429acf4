import type { SqlRow } from '../sql-driver.ts';

/** Column readers: rows come from our own schema, but the engines differ (BIGINT as text in pg). */
export const str = (row: SqlRow, column: string): string => String(row[column]);
export const optStr = (row: SqlRow, column: string): string | null =>
  row[column] === null || row[column] === undefined ? null : String(row[column]);
export const num = (row: SqlRow, column: string): number => Number(row[column]);
export const buf = (row: SqlRow, column: string): Buffer => {
  const value = row[column];
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value);
  throw new Error(`column ${column} is not binary`);
};
