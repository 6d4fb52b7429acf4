import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

const ORIGIN = 'http://localhost:4800';

/** Runs the page script vault.js as a browser would, with `location` at the sign-in page. */
function nextPageAt(returnTo: string): string {
  const source = fs.readFileSync(new URL('./public/vault.js', import.meta.url), 'utf8');
  const location = new URL(`/signin?return_to=${encodeURIComponent(returnTo)}`, ORIGIN);
  const elements: Record<string, unknown> = {
    messages: { textContent: '{}' },
    main: { dataset: { lang: 'en' } },
  };
  const window: Record<string, unknown> = { location, addEventListener: () => {} };
  const context = vm.createContext({
    window,
    document: { getElementById: (id: string) => elements[id], querySelector: () => null },
    URL,
    URLSearchParams,
  });
  vm.runInContext(source, context);
  return (window.Vault as { nextPage(): string }).nextPage();
}

describe('open redirect after sign-in', () => {
  it.each([
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n/evil.example/path',
    '\t//evil.example',
    '//evil.example',
    '/\\evil.example',
    '/\t\\evil.example',
    'https://evil.example/',
    'javascript:alert(1)',
    '/.//evil.example',
  ])('never leaves the vault for return_to %j', (returnTo) => {
    const target = new URL(nextPageAt(returnTo), ORIGIN);
    expect(target.origin).toBe(ORIGIN);
  });

  it('goes back to a page on the vault (the consent page)', () => {
    expect(new URL(nextPageAt('/oauth/consent/abc?x=1'), ORIGIN).href).toBe(
      `${ORIGIN}/oauth/consent/abc?x=1`,
    );
  });

  it('lands on the person’s own start page without a return_to, or with one that leaves', () => {
    expect(nextPageAt('')).toBe('/vault/for-you?lang=en');
    expect(nextPageAt('//evil.example')).toBe('/vault/for-you?lang=en');
  });
});
