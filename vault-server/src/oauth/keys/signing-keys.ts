import { randomBytes } from 'node:crypto';
import { VerwonderError } from '@verwonder/shared';
import {
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JSONWebKeySet,
  type JWK,
} from 'jose';
import type { OAuthStore, SigningKeyRow } from '../store/oauth-store.ts';
import { signingKeyAad, type SecretBox } from './secret-box.ts';

export interface SigningKeyOptions {
  /** A key signs for this long before a new one takes over. */
  rotationSeconds: number;
  /** A retired key stays published this long: at least the longest access-token lifetime. */
  overlapSeconds: number;
  now?: () => Date;
  onWarning?: (message: string) => void;
}

export interface ActiveSigningKey {
  kid: string;
  privateKey: CryptoKey;
}

/**
 * ES256 keys generated at run time, stored sealed by the master key. Rotation starts a new key and
 * retires the old one, which stays in the JWKS until every token it signed has expired.
 */
export class SigningKeys {
  private active: (ActiveSigningKey & { createdAt: string }) | undefined;
  private verifier:
    | { jwks: JSONWebKeySet; resolve: ReturnType<typeof createLocalJWKSet>; loadedAt: number }
    | undefined;
  private readonly now: () => Date;

  constructor(
    private readonly store: OAuthStore,
    private readonly box: SecretBox,
    private readonly options: SigningKeyOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  /**
   * The key that signs now, as the database says: another process may have rotated (or started a
   * key) since this one last signed, and a token signed with a key retired elsewhere would be
   * refused once the overlap has passed. One small query per token issued; the key is imported
   * only when it changes. Rotates when the current key is older than the rotation period.
   */
  async current(): Promise<ActiveSigningKey> {
    const row = (await this.store.listSigningKeys()).find((key) => key.retiredAt === null);
    if (row && this.active?.kid === row.kid && !this.isDue(row.createdAt)) return this.active;
    this.active = await this.loadActive(row);
    return this.active;
  }

  /** Starts a new signing key now; the previous ones remain published for the overlap. */
  async rotate(): Promise<ActiveSigningKey & { createdAt: string }> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const kid = randomBytes(12).toString('base64url');
    const createdAt = this.now().toISOString();
    const publicJwk = { ...(await exportJWK(publicKey)), kid, alg: 'ES256', use: 'sig' };
    const privateJwk = await exportJWK(privateKey);
    const row: SigningKeyRow = {
      kid,
      alg: 'ES256',
      publicJwk: JSON.stringify(publicJwk),
      privateSealed: this.box.seal(Buffer.from(JSON.stringify(privateJwk)), signingKeyAad(kid)),
      createdAt,
      retiredAt: null,
    };
    await this.store.insertSigningKey(row);
    await this.store.retireSigningKeys(kid, createdAt);
    this.active = { kid, privateKey, createdAt };
    this.verifier = undefined;
    await this.prune();
    return this.active;
  }

  /** The public keys that may have signed a live token, for `/.well-known/jwks.json`. */
  async jwks(): Promise<JSONWebKeySet> {
    const cutoff = new Date(
      this.now().getTime() - this.options.overlapSeconds * 1000,
    ).toISOString();
    const rows = await this.store.listSigningKeys();
    const keys = rows
      .filter((row) => row.retiredAt === null || row.retiredAt > cutoff)
      .map((row) => JSON.parse(row.publicJwk) as JWK);
    return { keys };
  }

  /** A key resolver for `jwtVerify`; reloaded when a token names a key this process has not seen. */
  async resolver(kid: string | undefined): Promise<ReturnType<typeof createLocalJWKSet>> {
    const known = (jwks: JSONWebKeySet) =>
      kid !== undefined && jwks.keys.some((key) => key.kid === kid);
    // Also reloaded after a minute, so keys pruned elsewhere stop verifying here too.
    const stale = this.verifier && this.verifier.loadedAt + 60_000 <= this.now().getTime();
    if (!this.verifier || stale || !known(this.verifier.jwks)) {
      const jwks = await this.jwks();
      this.verifier = { jwks, resolve: createLocalJWKSet(jwks), loadedAt: this.now().getTime() };
    }
    return this.verifier.resolve;
  }

  /** Forgets the published set, e.g. after another process rotated (and in tests after moving the clock). */
  invalidate(): void {
    this.verifier = undefined;
    this.active = undefined;
  }

  private isDue(createdAt: string): boolean {
    return Date.parse(createdAt) + this.options.rotationSeconds * 1000 <= this.now().getTime();
  }

  private async loadActive(
    row: SigningKeyRow | undefined,
  ): Promise<ActiveSigningKey & { createdAt: string }> {
    if (!row || this.isDue(row.createdAt)) return this.rotate();
    try {
      const privateJwk = JSON.parse(
        this.box.open(row.privateSealed, signingKeyAad(row.kid)).toString('utf8'),
      ) as JWK;
      const privateKey = await importJWK(privateJwk, 'ES256');
      if (privateKey instanceof Uint8Array)
        throw new VerwonderError('crypto_error', 'unexpected key type');
      return { kid: row.kid, privateKey, createdAt: row.createdAt };
    } catch (error) {
      // The master key that sealed it is gone (rotated and removed): tokens live minutes, so a new key is cheap.
      this.options.onWarning?.(
        `signing key ${row.kid} cannot be opened (${error instanceof Error ? error.message : 'unknown'}); starting a new one`,
      );
      return this.rotate();
    }
  }

  private async prune(): Promise<void> {
    const cutoff = new Date(
      this.now().getTime() - this.options.overlapSeconds * 1000,
    ).toISOString();
    for (const row of await this.store.listSigningKeys()) {
      if (row.retiredAt !== null && row.retiredAt <= cutoff)
        await this.store.deleteSigningKey(row.kid);
    }
  }
}
