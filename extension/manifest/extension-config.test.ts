import { describe, expect, it } from 'vitest';

import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';

import config from '../../plasmo.config.ts';
import { defineExtensionConfig } from './extension-config.ts';

describe('defineExtensionConfig', () => {
  it('accepts the project config, with every supported site on 127.0.0.1 and localhost', () => {
    expect(config.targets).toEqual(['chrome-mv3', 'firefox-mv3']);
    expect(config.supportedSites).toContain('http://127.0.0.1:4801/*');
    expect(config.supportedSites).toContain('http://localhost:4803/*');
  });

  it.each([
    ['a pre-release version', { version: '0.1.0-beta' }],
    ['a site pattern without path wildcard', { supportedSites: ['http://127.0.0.1:4801/'] }],
    ['an unknown target', { targets: ['safari-mv3'] }],
    ['an unknown key', { homepage: 'https://example.org' }],
  ])('rejects %s with a config_error', (_label, change) => {
    let thrown: unknown;
    try {
      defineExtensionConfig({ ...config, ...change } as never);
    } catch (error) {
      thrown = error;
    }
    expect(VerwonderError.is(thrown, 'config_error')).toBe(true);
    expect(thrown).toHaveProperty('message', expect.stringMatching(/^invalid plasmo\.config\.ts/));
  });
});
