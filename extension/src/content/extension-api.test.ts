import { describe, expect, it } from 'vitest';

import { extensionApi } from './extension-api.ts';

describe('extensionApi', () => {
  const api = (name: string) => ({ runtime: { id: name } });

  it("prefers Firefox's promise-based browser namespace, else chrome", () => {
    expect(extensionApi({ browser: api('firefox'), chrome: api('chrome') })).toMatchObject({
      runtime: { id: 'firefox' },
    });
    expect(extensionApi({ chrome: api('chrome') })).toMatchObject({ runtime: { id: 'chrome' } });
  });

  it('fails outside an extension', () => {
    expect(() => extensionApi({})).toThrow(/content script/);
    expect(() => extensionApi({ chrome: {} })).toThrow(/content script/);
  });
});
