import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from './catalog-cli.ts';

afterEach(() => vi.restoreAllMocks());

describe('catalog CLI', () => {
  it('prints the stats as one JSON object with exactly the documented keys', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main(['stats', '--json'])).toBe(0);
    const stats = JSON.parse(String(log.mock.calls[0]?.[0])) as Record<string, number>;
    expect(Object.keys(stats)).toEqual([
      'books',
      'events',
      'venues',
      'eventTypes',
      'themes',
      'personas',
    ]);
    expect(stats.events).toBeGreaterThanOrEqual(11_000);
  });

  it('validates the committed catalogue', () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    expect(main(['validate'])).toBe(0);
  });

  it('fails on a directory without a catalogue, with a message per file', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['validate', '--dir', '/nonexistent-catalogue'])).toBe(1);
    expect(error.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/venues\.json/);
  });

  it('rejects an unknown command', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(main(['frobnicate'])).toBe(1);
  });
});
