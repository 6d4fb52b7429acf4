import { randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';
import type * as oauth from 'oauth4webapi';

/**
 * The visitor cookie's name on one site. Cookies ignore ports (RFC 6265 §8.5): the demo sites share
 * 127.0.0.1, so one shared name would let each site overwrite the others' cookie and orphan grants.
 */
export function visitorCookieName(site: string): string {
  return `vw_site_${site}`;
}

/** A flow under way: what the callback must find again. */
export interface PendingAuthorization {
  state: string;
  codeVerifier: string;
  returnTo: string;
  keyPair: CryptoKeyPair;
}

/** A live connection: DPoP-bound tokens and the key they are bound to, never leaving the server. */
export interface VaultConnection {
  accessToken: string;
  refreshToken: string | undefined;
  /** Epoch ms. */
  expiresAt: number;
  /**
   * Epoch ms when the vault last accepted these tokens, or when the site last asked it: pages ask
   * again once this is older than the site's interval (the banner must not say "connected" for long
   * after the person revoked the grant in their vault).
   */
  checkedAt: number;
  scopes: string[];
  webId: string;
  storage: string;
  keyPair: CryptoKeyPair;
  dpop: oauth.DPoPHandle;
}

export type VaultNotice =
  'connected' | 'lost' | 'denied' | 'failed' | 'busy' | 'disconnected' | 'disconnect-failed';

/** Visitors kept at most; beyond it the least recently seen without a connection go first. */
const MAX_VISITORS = 10_000;

export interface Visitor {
  id: string;
  lastSeen: number;
  pending?: PendingAuthorization | undefined;
  connection?: VaultConnection | undefined;
  /** Shown once on the next page. */
  notice?: VaultNotice | undefined;
  /**
   * The records last written per idempotency key: a retry sends the same record again (its time
   * included), since the vault refuses a key that comes with another body.
   */
  written?: Map<string, object> | undefined;
}

function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/**
 * The demo sites keep each visitor's vault connection in memory, found by an HttpOnly cookie. Nothing
 * about the person is stored beyond the tokens; a restart simply forgets connections.
 */
export class VisitorSessions {
  private readonly visitors = new Map<string, Visitor>();

  constructor(
    private readonly ttlMs: number,
    private readonly cookieName: string,
  ) {}

  find(req: Request): Visitor | undefined {
    const id = readCookie(req, this.cookieName);
    const visitor = id && /^[A-Za-z0-9_-]{43}$/.test(id) ? this.visitors.get(id) : undefined;
    if (!visitor) return undefined;
    if (Date.now() - visitor.lastSeen > this.ttlMs) {
      this.visitors.delete(visitor.id);
      return undefined;
    }
    visitor.lastSeen = Date.now();
    // Map order is insertion order: moving it to the end keeps the map least recently seen first.
    this.visitors.delete(visitor.id);
    this.visitors.set(visitor.id, visitor);
    return visitor;
  }

  /** The visitor, created (with its cookie) when new. */
  ensure(req: Request, res: Response): Visitor {
    const known = this.find(req);
    if (known) return known;
    const visitor: Visitor = { id: randomBytes(32).toString('base64url'), lastSeen: Date.now() };
    this.visitors.set(visitor.id, visitor);
    // Lax: the vault's redirect back to the callback is a top-level navigation and must carry it.
    res.cookie(this.cookieName, visitor.id, {
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
      maxAge: this.ttlMs,
    });
    this.sweep();
    return visitor;
  }

  private sweep(): void {
    const cutoff = Date.now() - this.ttlMs;
    for (const [id, visitor] of this.visitors)
      if (visitor.lastSeen < cutoff) this.visitors.delete(id);
    // Anyone can make visitors (a connect is one click): a flood must not push out connections.
    for (const [id, visitor] of this.visitors) {
      if (this.visitors.size <= MAX_VISITORS) return;
      if (!visitor.connection) this.visitors.delete(id);
    }
    for (const id of this.visitors.keys()) {
      if (this.visitors.size <= MAX_VISITORS) return;
      this.visitors.delete(id);
    }
  }
}
