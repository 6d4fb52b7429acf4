import type { Request, Response } from 'express';
import type { AuditEvent } from '../audit/audit-log.ts';
import type { RateLimiter } from '../http/rate-limit/rate-limiter.ts';
import type { ClientResolver } from './clients/client-resolver.ts';
import type { SigningKeys } from './keys/signing-keys.ts';
import type { OAuthConfig } from './oauth-config.ts';
import type { RecordAccess } from '../resources/record-access.ts';
import type { RankingCatalog } from './access/wonder-ranker.ts';
import type { OAuthStore } from './store/oauth-store.ts';
import type { RankBudget } from './store/rank-budget-store.ts';
import type { ProofReplayCache } from './tokens/proof-replay-cache.ts';

/** The signed-in owner, as the consent and grant pages need them. */
export interface OwnerSession {
  accountId: string;
  podName: string;
  /** The session's CSRF token (the vault's X-CSRF-Token); pages here send it as a form field too. */
  csrfToken: string;
}

export type OwnerSessionResolver = (
  req: Request,
  res: Response,
) => Promise<OwnerSession | undefined>;

/** Appends to the pod's hash-chained audit log. */
export type AuditSink = (pod: string, event: AuditEvent) => Promise<void>;

/** Logs a refused request as a `refused` entry, rate-limited per pod and client (see audit/refusal-log.ts). */
export type RefusalSink = (pod: string, event: Omit<AuditEvent, 'action'>) => Promise<void>;

/** Where the ConsentGrant documents go so that a pod export carries them (the vault's `consents` table). */
export interface ConsentLedger {
  put(pod: string, id: string, json: string, createdAt: string): Promise<void>;
}

export interface OAuthLogger {
  warn(object: object, message?: string): void;
  error(object: object, message?: string): void;
}

/** Everything the OAuth module needs from the vault, as narrow interfaces. */
export interface OAuthDeps {
  config: OAuthConfig;
  store: OAuthStore;
  /** DPoP proof ids seen: in memory for one process (SQLite), the store's table for PostgreSQL. */
  proofs: ProofReplayCache;
  keys: SigningKeys;
  clients: ClientResolver;
  /** Requests to /oauth/* per client address (counters in the database, shared by all processes). */
  requestLimiter?: RateLimiter | undefined;
  sessions: OwnerSessionResolver;
  audit: AuditSink;
  refusals: RefusalSink;
  records: RecordAccess;
  /** Calls of `suggestions:rank` per grant and day, in the database (shared by every vault process). */
  rankBudget: RankBudget;
  consents?: ConsentLedger | undefined;
  /**
   * Runs `fn` with the store, ledger and audit log inside one database transaction, so a grant and
   * its ConsentGrant document (and the grants it replaces) are stored together or not at all, and a
   * token is issued only with its audit entry.
   */
  transaction?: <T>(
    fn: (tx: { store: OAuthStore; consents: ConsentLedger; audit: AuditSink }) => Promise<T>,
  ) => Promise<T>;
  /** The demo catalogue, for the wonder algorithm; without it ranking is a plain content match. */
  catalog?: RankingCatalog | undefined;
  logger?: OAuthLogger | undefined;
}
