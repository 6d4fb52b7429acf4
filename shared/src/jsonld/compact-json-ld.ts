import jsonld from 'jsonld';
import { offlineDocumentLoader } from './offline-document-loader.ts';
import { VERWONDER_CONTEXT } from './verwonder-context.ts';
import { VerwonderError } from '../errors/verwonder-error.ts';

/**
 * Brings any JSON-LD document (for instance an imported export written with another context) into
 * Verwonder's own compact form, so that the zod schemas can parse it. Uses the `jsonld` package,
 * so it lives outside the package index: the extension does not pay for it.
 */
export async function compactJsonLd(document: unknown): Promise<Record<string, unknown>> {
  try {
    const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, {
      documentLoader: offlineDocumentLoader as never,
    });
    const compacted = await jsonld.compact(expanded, VERWONDER_CONTEXT as never, {
      documentLoader: offlineDocumentLoader as never,
    });
    return compacted as Record<string, unknown>;
  } catch (error) {
    if (error instanceof VerwonderError) throw error;
    throw new VerwonderError('invalid_input', 'not a valid JSON-LD document', { cause: error });
  }
}

export async function expandJsonLd(document: unknown): Promise<unknown[]> {
  try {
    return await jsonld.expand(document as jsonld.JsonLdDocument, {
      documentLoader: offlineDocumentLoader as never,
    });
  } catch (error) {
    throw new VerwonderError('invalid_input', 'not a valid JSON-LD document', { cause: error });
  }
}
