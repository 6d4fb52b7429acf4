import { describe, expect, it } from 'vitest';
import { VerwonderError } from './verwonder-error.ts';

describe('VerwonderError', () => {
  it('carries a stable code and the status that belongs to it', () => {
    const error = new VerwonderError('precondition_failed', 'stale ETag', {
      details: { etag: 'x' },
    });
    expect(error.code).toBe('precondition_failed');
    expect(error.status).toBe(412);
    expect(error.details).toEqual({ etag: 'x' });
    expect(VerwonderError.is(error, 'precondition_failed')).toBe(true);
    expect(VerwonderError.is(error, 'not_found')).toBe(false);
    expect(VerwonderError.is(new Error('x'))).toBe(false);
  });

  it('keeps the cause of a translated library error', () => {
    const cause = new Error('SQLITE_BUSY');
    expect(new VerwonderError('storage_error', 'busy', { cause }).cause).toBe(cause);
  });
});
