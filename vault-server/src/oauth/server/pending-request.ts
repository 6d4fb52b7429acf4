import { z } from 'zod';
import { ClientMetadata } from '../clients/client-metadata.ts';
import { AuthorizationRequest } from './authorization-request.ts';

/** What the consent page shows of a client and the grant keeps of it (its name). */
export const ConsentClient = ClientMetadata.pick({
  client_id: true,
  client_name: true,
  logo_uri: true,
  policy_uri: true,
  client_uri: true,
  contacts: true,
});
export type ConsentClient = z.infer<typeof ConsentClient>;

/**
 * A request waiting on the consent page, with the client as its document said when the request was
 * validated: the page and the decision need no second fetch, which could fail once the cached
 * document has expired (the site's host down) and leave the person unable even to refuse.
 */
export const PendingRequest = z.object({ request: AuthorizationRequest, client: ConsentClient });
export type PendingRequest = z.infer<typeof PendingRequest>;

export function pendingRequest(request: AuthorizationRequest, client: ClientMetadata): string {
  return JSON.stringify({ request, client: ConsentClient.parse(client) } satisfies PendingRequest);
}

/** The stored JSON, or undefined for one that does not parse (written by an earlier version). */
export function parsePendingRequest(params: string): PendingRequest | undefined {
  try {
    const parsed = PendingRequest.safeParse(JSON.parse(params));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
