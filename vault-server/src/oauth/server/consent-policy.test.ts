import { describe, expect, it } from 'vitest';
import { consentPolicy } from './consent-policy.ts';

const directives = (policy: string) => policy.split(';').map((part) => part.trim().split(' ')[0]);

describe("client hosts copied into the consent page's Content-Security-Policy", () => {
  it('a `;` (or a quote, comma or star) in a client host never adds directives or sources', () => {
    const policy = consentPolicy(
      'https://site.example;script-src*;report-uri,x/callback',
      "https://logo.example;img-src'unsafe-inline'/logo.png",
    );
    expect(directives(policy)).toEqual([
      'default-src',
      'script-src',
      'style-src',
      'img-src',
      'connect-src',
      'form-action',
      'base-uri',
      'frame-ancestors',
      'object-src',
    ]);
    expect(policy).toContain("form-action 'self';");
    expect(policy).toContain("img-src 'self';");
    expect(policy).not.toMatch(/site\.example|logo\.example|unsafe-inline|\*/);
  });

  it('keeps ordinary redirect and logo origins (DNS names, loopback, IPv6, ports)', () => {
    expect(consentPolicy('https://bib.example/cb?x=1', 'https://cdn.example/logo.png')).toContain(
      "img-src 'self' https://cdn.example",
    );
    expect(consentPolicy('http://127.0.0.1:4801/cb', undefined)).toContain(
      "form-action 'self' http://127.0.0.1:4801",
    );
    expect(consentPolicy('http://[::1]:8080/cb', undefined)).toContain(
      "form-action 'self' http://[::1]:8080",
    );
    expect(consentPolicy('https://bücher.example/cb', undefined)).toContain(
      'https://xn--bcher-kva.example',
    );
  });
});
