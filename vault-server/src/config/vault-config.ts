import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';
import { VerwonderError } from '@verwonder/shared';

/**
 * Every setting of the vault, read from the environment. Defaults give the embedded, single-machine
 * setup (`npm start`): SQLite under ./data, a generated master key, http://localhost:4800.
 */
const Env = z.object({
  /** Port the HTTP server listens on. */
  VAULT_PORT: z.coerce.number().int().min(0).max(65_535).default(4800),
  /** Interface the server binds to; loopback unless you put it behind a proxy. */
  VAULT_HOST: z.string().min(1).default('127.0.0.1'),
  /**
   * The origin people use in their browser. Passkeys are bound to its host name (the relying party
   * id), which must be a domain: `localhost` works, a bare IP address does not.
   */
  VAULT_PUBLIC_URL: z.url().optional(),
  /** PostgreSQL connection string; when absent the vault uses SQLite in VAULT_DATA_DIR. */
  DATABASE_URL: z.string().min(1).optional(),
  /** Folder for the SQLite database and, by default, the master key. */
  VAULT_DATA_DIR: z.string().min(1).default('./data'),
  /** File holding the key-encryption key. Generated (mode 0600) on first start unless in production. */
  VAULT_MASTER_KEY_FILE: z.string().min(1).optional(),
  /** Interval of the retention purge job in minutes (0 disables the timer; the CLI still purges). */
  /** The city systems' public keys for link codes (JSON: source -> P-256 JWK); default in the data dir. */
  VAULT_CITY_SOURCE_KEYS: z.string().min(1).optional(),
  VAULT_PURGE_INTERVAL_MINUTES: z.coerce.number().int().min(0).default(60),
  /** Largest accepted request body in bytes for normal API calls (imports get VAULT_IMPORT_LIMIT_BYTES). */
  VAULT_BODY_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(256 * 1024),
  VAULT_IMPORT_LIMIT_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(20 * 1024 * 1024),
  /** How long a sign-in lasts, in hours. */
  VAULT_SESSION_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(24 * 14),
  /** Sign-up/sign-in attempts per client address per minute, counted across all vault processes. */
  VAULT_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(30),
  /** Requests to /oauth/* per client address per minute (sites' servers call the token endpoint too). */
  VAULT_OAUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  /** Client metadata documents the vault fetches on behalf of one client address per minute. */
  VAULT_CLIENT_FETCH_RATE_LIMIT: z.coerce.number().int().min(1).default(20),
  /**
   * Which proxies to believe about the client address (Express's `trust proxy`): `false` (default,
   * the socket's peer is the client), a hop count, or a comma-separated list of addresses/subnets
   * (`loopback`, `10.0.0.0/8`, …). Rate limits count per client address.
   */
  VAULT_TRUST_PROXY: z.string().default('false'),
  /**
   * Development only: let OAuth clients identify with a loopback `client_id` (http://localhost…),
   * as the demo sites do. Off by default, since the vault then fetches URLs on the loopback interface.
   */
  VAULT_ALLOW_LOOPBACK_CLIENTS: z
    .enum(['true', 'false', '1', '0', ''])
    .default('false')
    .transform((value) => value === 'true' || value === '1'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
});

export type TrustProxy = boolean | number | string[];

/** `false`/`true`, a hop count, or a comma-separated list of trusted proxy addresses and subnets. */
export function parseTrustProxy(value: string): TrustProxy {
  const trimmed = value.trim();
  if (trimmed === '' || trimmed === 'false') return false;
  if (trimmed === 'true') return true;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const parts = trimmed
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  for (const part of parts) {
    const [address = '', prefix] = part.split('/');
    const named = ['loopback', 'linklocal', 'uniquelocal'].includes(part);
    if (!named && (!isIP(address) || (prefix !== undefined && !/^\d{1,3}$/.test(prefix))))
      throw new VerwonderError(
        'config_error',
        `VAULT_TRUST_PROXY: "${part}" is not an address, a subnet, loopback, linklocal or uniquelocal`,
      );
  }
  return parts;
}

export interface VaultConfig {
  port: number;
  host: string;
  publicUrl: string;
  rpId: string;
  databaseUrl: string | undefined;
  dataDir: string;
  sqliteFile: string;
  masterKeyFile: string;
  /** Whether a missing master key file may be generated (never in production). */
  generateMasterKey: boolean;
  /** Where the city systems' public link-code keys are (read on each connect). */
  citySourceKeysFile: string;
  purgeIntervalMinutes: number;
  bodyLimitBytes: number;
  importLimitBytes: number;
  sessionHours: number;
  authRateLimit: number;
  oauthRateLimit: number;
  clientFetchRateLimit: number;
  /** Express's `trust proxy` value; false: no proxy trusted. */
  trustProxy: TrustProxy;
  /** Development only: OAuth clients on the loopback interface (see VAULT_ALLOW_LOOPBACK_CLIENTS). */
  allowLoopbackClients: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  production: boolean;
}

export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  overrides: Partial<VaultConfig> = {},
): VaultConfig {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new VerwonderError(
      'config_error',
      `invalid vault configuration: ${z.prettifyError(parsed.error)}`,
    );
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = path.resolve(overrides.dataDir ?? e.VAULT_DATA_DIR);
  const port = overrides.port ?? e.VAULT_PORT;
  const publicUrl = (
    overrides.publicUrl ??
    e.VAULT_PUBLIC_URL ??
    `http://localhost:${port}`
  ).replace(/\/+$/, '');
  if (production && !e.VAULT_MASTER_KEY_FILE && !overrides.masterKeyFile) {
    throw new VerwonderError(
      'config_error',
      'VAULT_MASTER_KEY_FILE is required when NODE_ENV=production',
    );
  }
  const config: VaultConfig = {
    port,
    host: e.VAULT_HOST,
    publicUrl,
    rpId: new URL(publicUrl).hostname,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    sqliteFile: path.join(dataDir, 'vault.sqlite'),
    masterKeyFile: path.resolve(e.VAULT_MASTER_KEY_FILE ?? path.join(dataDir, 'master.key')),
    generateMasterKey: !production,
    citySourceKeysFile: path.resolve(
      e.VAULT_CITY_SOURCE_KEYS ?? path.join(dataDir, 'city-source-keys.json'),
    ),
    purgeIntervalMinutes: e.VAULT_PURGE_INTERVAL_MINUTES,
    bodyLimitBytes: e.VAULT_BODY_LIMIT_BYTES,
    importLimitBytes: e.VAULT_IMPORT_LIMIT_BYTES,
    sessionHours: e.VAULT_SESSION_HOURS,
    authRateLimit: e.VAULT_AUTH_RATE_LIMIT,
    oauthRateLimit: e.VAULT_OAUTH_RATE_LIMIT,
    clientFetchRateLimit: e.VAULT_CLIENT_FETCH_RATE_LIMIT,
    trustProxy: parseTrustProxy(e.VAULT_TRUST_PROXY),
    allowLoopbackClients: e.VAULT_ALLOW_LOOPBACK_CLIENTS,
    logLevel: e.LOG_LEVEL,
    production,
    ...overrides,
  };
  return config;
}
