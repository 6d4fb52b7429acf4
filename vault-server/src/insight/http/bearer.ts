import { timingSafeEqual, createHash } from 'node:crypto';
import type { Request } from 'express';
import { VerwonderError } from '@verwonder/shared';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Between the parties of the insight task: a shared bearer token per link, compared in constant time. */
export function requireBearer(req: Request, token: string): void {
  const header = req.headers.authorization ?? '';
  const given = header.startsWith('Bearer ') ? header.slice(7) : '';
  if (!given || !timingSafeEqual(digest(given), digest(token)))
    throw new VerwonderError('not_found', 'no such resource');
}
