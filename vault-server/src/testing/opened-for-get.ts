import { expect, vi } from 'vitest';
import type { TestClient, TestServer } from './test-server.ts';

/** One GET as `client` (answered 200), with how many records the vault decrypted to answer it. */
export async function openedForGet<T>(
  server: TestServer,
  client: TestClient,
  url: string,
): Promise<{ page: T; opened: number }> {
  const open = vi.spyOn(server.vault.context.sealer, 'open');
  try {
    const response = await client.fetch(url);
    expect(response.status, url).toBe(200);
    return { page: (await response.json()) as T, opened: open.mock.calls.length };
  } finally {
    open.mockRestore();
  }
}
