/** A visitor's browser on the demo city sites, for tests against a real OAuth test vault. */
import { expect } from 'vitest';
import type {
  OAuthTestVault,
  OwnerLogin,
} from '../../vault-server/src/oauth/testing/oauth-test-server.ts';
import { decideInVault } from '../../vault-server/src/oauth/testing/test-client.ts';

/** The browser's cookie jar for 127.0.0.1: ports are no cookie boundary (RFC 6265 §8.5). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }
  get header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

/** "Koppel met mijn kluis" → vault consent (approve everything) → callback, as the browser follows it. */
export async function connectVisitor(
  vault: OAuthTestVault,
  anna: OwnerLogin,
  siteUrl: string,
  jar = new CookieJar(),
): Promise<CookieJar> {
  // The banner's form: a POST from the site's own page.
  const start = await fetch(`${siteUrl}/koppel`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      cookie: jar.header,
      origin: siteUrl,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: 'terug=/',
  });
  jar.take(start);
  const decided = await decideInVault(start.headers.get('location')!, anna);
  const callback = await fetch(decided.location, {
    redirect: 'manual',
    headers: { cookie: jar.header },
  });
  expect(callback.status).toBe(303);
  jar.take(callback);
  return jar;
}
