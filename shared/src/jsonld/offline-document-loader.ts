import { VerwonderError } from '../errors/verwonder-error.ts';

/**
 * A JSON-LD document loader that loads nothing: every context is inline, and processing a
 * document must never make the vault fetch a URL that a client chose.
 */
export async function offlineDocumentLoader(url: string): Promise<never> {
  throw new VerwonderError('invalid_input', `remote JSON-LD context refused: ${url}`);
}
