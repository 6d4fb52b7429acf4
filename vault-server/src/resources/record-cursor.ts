import { RecordId, VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import type { StoredRecord } from '../storage/stores/records-store.ts';

/** The cursor is the (time, id) of the last record of the page, opaque to clients. */
export const encodeCursor = (record: Pick<StoredRecord, 'time' | 'id'>): string =>
  Buffer.from(JSON.stringify([record.time, record.id])).toString('base64url');

// Parsed to the shapes the store compares with, so no hostile string (a NUL byte) reaches the query.
const Cursor = z.tuple([z.iso.datetime(), RecordId]);

export function decodeCursor(cursor: string): { time: string; id: string } {
  try {
    const [time, id] = Cursor.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return { time, id };
  } catch {
    throw new VerwonderError('invalid_input', 'invalid cursor');
  }
}
