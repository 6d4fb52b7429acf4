import { describe, expect, it } from 'vitest';

import { groupSites, siteGroupOf } from './site-groups.ts';

/** The content script's matches, as supportedOrigins() reads them from the manifest. */
const SUPPORTED = [
  'http://127.0.0.1:4801',
  'http://127.0.0.1:4802',
  'http://127.0.0.1:4803',
  'http://localhost:4801',
  'http://localhost:4802',
  'http://localhost:4803',
];

describe('groupSites', () => {
  it('lists each demo site once, by its name, with all its addresses (review finding: the extension lists sites by origin)', () => {
    expect(groupSites(SUPPORTED)).toEqual([
      {
        name: 'Bibliotheek Antwerpen',
        origins: ['http://127.0.0.1:4801', 'http://localhost:4801'],
      },
      { name: 'UiT in Antwerpen', origins: ['http://127.0.0.1:4802', 'http://localhost:4802'] },
      { name: 'Musea Antwerpen', origins: ['http://127.0.0.1:4803', 'http://localhost:4803'] },
    ]);
  });

  it('names another site by its hostname, never with a port, and keeps hosts and schemes apart (review finding: extension names sites by port)', () => {
    expect(
      groupSites([
        'https://www.example.org',
        'http://www.example.org',
        'https://example.org',
        'http://localhost:5000',
        'http://[::1]:5000',
        'https://localhost:4801',
        'not an origin',
      ]),
    ).toEqual([
      { name: 'www.example.org', origins: ['https://www.example.org'] },
      { name: 'www.example.org', origins: ['http://www.example.org'] },
      { name: 'example.org', origins: ['https://example.org'] },
      { name: 'localhost', origins: ['http://localhost:5000', 'http://[::1]:5000'] },
      { name: 'localhost', origins: ['https://localhost:4801'] },
      { name: 'not an origin', origins: ['not an origin'] },
    ]);
  });
});

describe('siteGroupOf', () => {
  it('finds the site of a tab among the supported ones, or the tab’s origin alone', () => {
    expect(siteGroupOf(SUPPORTED, 'http://localhost:4802')).toEqual({
      name: 'UiT in Antwerpen',
      origins: ['http://127.0.0.1:4802', 'http://localhost:4802'],
    });
    expect(siteGroupOf(SUPPORTED, 'https://example.org')).toEqual({
      name: 'example.org',
      origins: ['https://example.org'],
    });
  });
});
