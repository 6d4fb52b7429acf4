import { describe, expect, it } from 'vitest';

import { firefoxMatchPatterns, withoutPort } from './firefox-match-patterns.ts';

describe('firefoxMatchPatterns', () => {
  const manifest = {
    name: 'x',
    host_permissions: [
      'http://127.0.0.1:4801/*',
      'http://127.0.0.1:4802/*',
      'http://localhost:4800/*',
      'https://example.org/*',
    ],
    optional_host_permissions: ['http://*/*'],
    content_scripts: [
      { matches: ['http://127.0.0.1:4801/*', 'http://localhost:4801/*'], js: ['cs.js'] },
      { matches: ['https://example.org/*'], js: ['other.js'] },
    ],
  };

  it('drops the ports Firefox cannot read, once per host', () => {
    const out = firefoxMatchPatterns(manifest);
    expect(out.host_permissions).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://example.org/*',
    ]);
    expect(out.optional_host_permissions).toEqual(['http://*/*']);
    expect(out.name).toBe('x');
  });

  it('keeps the exact origins of a content script as include_globs', () => {
    const [first, second] = firefoxMatchPatterns(manifest).content_scripts;
    expect(first).toEqual({
      matches: ['http://127.0.0.1/*', 'http://localhost/*'],
      include_globs: ['http://127.0.0.1:4801/*', 'http://localhost:4801/*'],
      js: ['cs.js'],
    });
    expect(second).toEqual(manifest.content_scripts[1]);
  });

  it('leaves patterns without a port and wildcards alone', () => {
    expect(withoutPort('http://*/*')).toBe('http://*/*');
    expect(withoutPort('https://a.b/*')).toBe('https://a.b/*');
    expect(withoutPort('http://a.b:8080/path/*')).toBe('http://a.b/path/*');
  });
});
