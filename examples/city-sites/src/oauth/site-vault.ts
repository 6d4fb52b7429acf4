import type { Request, Router } from 'express';
import type { DataCategoryId } from '@verwonder/shared';
import { safeParse, type output, type ZodMiniType } from 'zod/mini';
import { DnaResponse, type DnaProfile } from '@verwonder/shared/wire/dna.ts';
import {
  MIN_RANK_CANDIDATES,
  RankResponse,
  type RankCandidateInput,
} from '@verwonder/shared/wire/rank.ts';
import { fromOwnPage } from '../http/from-own-page.ts';
import type { SafeHtml } from '../shared-ui/html.ts';
import type { SiteVaultOptions } from './site-vault-options.ts';
import { vaultBanner } from './vault-banner.ts';
import { ConnectionLost, VaultClient } from './vault-client.ts';
import { vaultRoutes } from './vault-routes.ts';
import { VisitorSessions, visitorCookieName, type Visitor } from './visitor-sessions.ts';

// The wire shapes of ranking and DNA live in shared/src/wire; the site parses every answer with them.
export type { DnaProfile, RankCandidateInput as RankCandidate };
export { MIN_RANK_CANDIDATES };

/** The vault's answer: the candidates' ids in the person's order, and the categories it may rank over. No scores. */
export type VaultRanking = Pick<RankResponse, 'items' | 'categories'>;

export type WriteOutcome =
  'saved' | 'not-connected' | 'not-allowed' | 'other-page' | 'lost' | 'failed';

/** A site's connection to people's vaults, for its routes and pages. */
export interface SiteVault {
  router: Router;
  /** The vault's origin, where "Koppel met mijn kluis" leads (the pages' form-action allows it). */
  vaultOrigin: string;
  /**
   * The connection state for a page. When the vault last vouched for the connection longer ago than
   * `confirmAfterMs`, it asks the vault first: a grant the person revoked there shows as lost.
   */
  banner(req: Request, returnTo: string, what: string): Promise<SafeHtml>;
  isConnected(req: Request, scope?: string): boolean;
  /**
   * The vault's order for 20 to 500 different items, or undefined (not connected, no scope, too few
   * items, today's rankings used up, or it failed).
   */
  rank(req: Request, items: readonly RankCandidateInput[]): Promise<VaultRanking | undefined>;
  /**
   * Saves a record in the person's pod (e.g. a loan); an idempotency key makes retries safe. Only
   * for a form posted from this site's own page ('other-page' otherwise).
   */
  write(
    req: Request,
    category: DataCategoryId,
    record: object,
    idempotencyKey?: string,
  ): Promise<WriteOutcome>;
  dna(req: Request): Promise<DnaProfile | undefined>;
}

/** An answer that does not match the contract is a failed call, not data to use. */
function parseAnswer<S extends ZodMiniType>(schema: S, value: unknown, what: string): output<S> {
  const parsed = safeParse(schema, value);
  if (!parsed.success) throw new Error(`${what} answered something else than the contract`);
  return parsed.data;
}

/**
 * How long a page may show "connected" on the strength of the vault's last answer. A revocation in
 * the vault shows on the site's next page after at most this long, while a visitor who browses
 * pages that do not call the vault costs it at most one cheap question per this interval.
 */
export const CONFIRM_AFTER_MS = 30_000;

/** Records kept per visitor for retries: enough for the forms of one visit. */
const WRITTEN_KEPT = 20;

/** The record first written with this key, or this one, kept for the next retry. */
function remembered(visitor: Visitor, key: string, record: object): object {
  visitor.written ??= new Map();
  const first = visitor.written.get(key);
  if (first) return first;
  visitor.written.set(key, record);
  if (visitor.written.size > WRITTEN_KEPT)
    visitor.written.delete(visitor.written.keys().next().value!);
  return record;
}

export function createSiteVault(
  options: SiteVaultOptions,
  log: (message: string) => void = () => undefined,
): SiteVault {
  const client = new VaultClient(options);
  const sessions = new VisitorSessions(
    (options.sessionHours ?? 12) * 3_600_000,
    visitorCookieName(options.siteKey),
  );

  /** Runs a call; a refused token ends the visitor's connection (the person revoked it, or it ended). */
  const guarded = async <T>(visitor: Visitor, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (error instanceof ConnectionLost) {
        visitor.connection = undefined;
        visitor.notice = 'lost';
      } else {
        log(`vault: request failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      return fallback;
    }
  };

  const confirmAfterMs = options.confirmAfterMs ?? CONFIRM_AFTER_MS;

  const connected = (req: Request, scope?: string): Visitor | undefined => {
    const visitor = sessions.find(req);
    return visitor?.connection && (!scope || visitor.connection.scopes.includes(scope))
      ? visitor
      : undefined;
  };

  return {
    router: vaultRoutes(options, client, sessions, log),
    vaultOrigin: new URL(options.vaultUrl).origin,
    async banner(req, returnTo, what) {
      const visitor = sessions.find(req);
      const connection = visitor?.connection;
      if (visitor && connection && Date.now() - connection.checkedAt >= confirmAfterMs) {
        // Noted before asking: concurrent pages ask once, and an unreachable vault (which leaves
        // the connection as it is: unreachable is not revoked) is not waited for on every page.
        connection.checkedAt = Date.now();
        await guarded(visitor, () => client.confirm(visitor), undefined);
      }
      return vaultBanner(visitor, returnTo, what);
    },
    isConnected: (req, scope) => connected(req, scope) !== undefined,

    async rank(req, items) {
      const visitor = connected(req, 'suggestions:rank');
      if (!visitor || new Set(items.map((item) => item.id)).size < MIN_RANK_CANDIDATES)
        return undefined;
      return guarded(
        visitor,
        async () => {
          const response = await client.call(visitor, 'POST', 'suggestions/rank', {
            items: items.slice(0, 500),
          });
          // The day's rankings are used up: the site's own order, without a fuss.
          if (response.status === 429) return undefined;
          if (!response.ok) throw new Error(`ranking answered ${response.status}`);
          const body = parseAnswer(RankResponse, await response.json(), 'ranking');
          return { items: body.items, categories: body.categories };
        },
        undefined,
      );
    },

    async write(req, category, record, idempotencyKey) {
      const visitor = sessions.find(req);
      if (!visitor?.connection) return 'not-connected';
      if (!visitor.connection.scopes.includes(`${category}:write`)) return 'not-allowed';
      // Another demo site's page is the same site: its form carries the visitor's cookie, but it
      // writes nothing in their pod.
      if (!fromOwnPage(req, new URL(options.siteUrl()).origin)) return 'other-page';
      const body = idempotencyKey ? remembered(visitor, idempotencyKey, record) : record;
      const outcome = await guarded<WriteOutcome>(
        visitor,
        async () => {
          const response = await client.call(
            visitor,
            'POST',
            `${category}/`,
            body,
            idempotencyKey ? { 'idempotency-key': idempotencyKey } : {},
          );
          if (response.status === 403) return 'not-allowed';
          if (!response.ok)
            throw new Error(`writing answered ${response.status}: ${await response.text()}`);
          return 'saved';
        },
        'failed',
      );
      return visitor.connection ? outcome : 'lost';
    },

    async dna(req) {
      const visitor = connected(req, 'dna:read');
      if (!visitor) return undefined;
      return guarded(
        visitor,
        async () => {
          const response = await client.call(visitor, 'GET', 'dna');
          if (!response.ok) throw new Error(`dna answered ${response.status}`);
          return parseAnswer(DnaResponse, await response.json(), 'dna');
        },
        undefined,
      );
    },
  };
}
