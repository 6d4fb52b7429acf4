import { describe, expect, it } from 'vitest';
import { openOAuthTestStore } from '../testing/oauth-test-store.ts';
import { ClientResolver } from './client-resolver.ts';
import { CLIENT_DOCUMENT_UNUSABLE } from './fetch-client-document.ts';
import { extensionClientId, ownClientDocument } from './extension-client.ts';

const ISSUER = 'http://localhost:4800';

describe('the browser extension as a client the vault serves itself', () => {
  it('resolves its own document without fetching anything', async () => {
    const env = await openOAuthTestStore();
    try {
      const resolved: string[] = [];
      const resolver = new ClientResolver(env.store, {
        timeoutMs: 500,
        maxBytes: 16 * 1024,
        cacheSeconds: 600,
        allowLoopback: true,
        ownDocument: (clientId) => ownClientDocument(ISSUER, clientId),
        resolve: async (hostname) => {
          resolved.push(hostname);
          return [{ address: '127.0.0.1', family: 4 }];
        },
      });
      const client = await resolver.resolve(extensionClientId(ISSUER));
      expect(client.client_name).toBe('Verwonder-extensie');
      expect(client.redirect_uris).toEqual([`${ISSUER}/oauth/extension-callback`]);
      expect(client.scope).toContain('browsing:write');
      expect(resolved).toEqual([]);
      // Another client id on the same vault is not the extension: it is fetched as usual.
      await expect(resolver.resolve(`${ISSUER}/oauth/clients/other.json`)).rejects.toThrow(
        CLIENT_DOCUMENT_UNUSABLE,
      );
      expect(resolved).toEqual(['localhost']);
    } finally {
      await env.dispose();
    }
  });
});
