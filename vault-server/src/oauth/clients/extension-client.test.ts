import { describe, expect, it } from 'vitest';
import { openOAuthTestStore } from '../testing/oauth-test-store.ts';
import { ClientResolver } from './client-resolver.ts';
import { extensionClientId, ownClientDocument } from './extension-client.ts';

const ISSUER = 'http://localhost:4800';

describe('the browser extension as a client the vault serves itself', () => {
  it('resolves its own document without fetching anything', async () => {
    const env = await openOAuthTestStore();
    try {
      const fetched: string[] = [];
      const resolver = new ClientResolver(env.store, {
        timeoutMs: 500,
        maxBytes: 16 * 1024,
        cacheSeconds: 600,
        ownDocument: (clientId) => ownClientDocument(ISSUER, clientId),
        fetch: async (input) => {
          fetched.push(String(input));
          return new Response('{}', { status: 404 });
        },
      });
      const client = await resolver.resolve(extensionClientId(ISSUER));
      expect(client.client_name).toBe('Verwonder-extensie');
      expect(client.redirect_uris).toEqual([`${ISSUER}/oauth/extension-callback`]);
      expect(client.scope).toContain('browsing:write');
      expect(fetched).toEqual([]);
      // Another client id on the same vault is not the extension: it is fetched as usual.
      await expect(resolver.resolve(`${ISSUER}/oauth/clients/other.json`)).rejects.toThrow(/404/);
      expect(fetched).toEqual([`${ISSUER}/oauth/clients/other.json`]);
    } finally {
      await env.dispose();
    }
  });
});
