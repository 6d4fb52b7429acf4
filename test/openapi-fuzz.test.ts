import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sha256, SESSION_COOKIE } from '../vault-server/src/auth/sessions.ts';
import { startTestInsight } from '../vault-server/src/insight/testing/test-insight.ts';
import { insightRoutes } from '../vault-server/src/insight/vault/insight-routes.ts';
import { oauthRoutes } from '../vault-server/src/oauth/index.ts';
import { startTestClient, type TestClient } from '../vault-server/src/oauth/testing/test-client.ts';
import { startVault, type RunningVault } from '../vault-server/src/start-vault.ts';
import { engineSuites } from '../vault-server/src/storage/testing/describe-each-engine.ts';
import { createTestTarget } from '../vault-server/src/storage/testing/test-engines.ts';
import { signUpOverHttp } from '../vault-server/src/testing/software-passkey.ts';
import { loanRecord } from '../vault-server/src/testing/test-vault.ts';
import {
  junkJson,
  nastyString,
  schemaArbitrary,
  type JsonSchema,
} from './support/json-schema-arbitrary.ts';

/**
 * Every operation of the vault's own /openapi.json, called with requests generated from its
 * parameters and body schemas (and with junk where they leave room), signed in and not: no answer is
 * a 5xx, every error is a problem document (or the OAuth error format where RFC 6749 prescribes it,
 * or an HTML page where a person's browser is sent), and the vault still works afterwards.
 * FUZZ_RUNS sets the requests per operation (default 200), FUZZ_SEED the seed.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}
interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  bodies: Record<string, JsonSchema | undefined>;
}

/** RFC 6749/7009/7662/9126 endpoints answer errors as `{ error, error_description }`. */
const OAUTH_ERROR_FORMAT = new Set([
  '/oauth/par',
  '/oauth/token',
  '/oauth/revoke',
  '/oauth/introspect',
]);
/** Pages a person's browser is sent to answer errors as HTML pages. */
const HTML_PAGES = new Set(['/oauth/authorize', '/oauth/consent/{id}']);

const CONTENT_TYPES = [
  'application/json',
  'application/ld+json',
  'application/x-www-form-urlencoded',
  'text/csv',
  'application/x-ndjson',
  'text/plain',
  'application/json; charset=utf-16',
  'multipart/form-data; boundary=x',
  'application/xml',
];
const ACCEPTS = [
  '*/*',
  'application/json',
  'application/x-ndjson',
  'text/html',
  'image/png',
  'application/problem+json',
];

interface Fixture {
  vault: RunningVault;
  url: string;
  pod: string;
  otherPod: string;
  recordIds: string[];
  client: TestClient;
  dispose(): Promise<void>;
}

async function startFixture(engine: 'sqlite' | 'postgres'): Promise<Fixture> {
  // The real insight aggregators and collector, so the insight routes reach them as in production.
  const insight = await startTestInsight(engine, { minBatch: 2 });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vault-fuzz-'));
  const { target, cleanup } = await createTestTarget(engine);
  // Client metadata documents only from this machine: no generated URL reaches the network.
  const loopbackOnly = (address: string) => address === '127.0.0.1' || address === '::1';
  const localNames = async (hostname: string) =>
    hostname === 'localhost' ? [{ address: '127.0.0.1', family: 4 }] : [];
  const vault = await startVault({
    env: {},
    config: {
      port: 0,
      dataDir,
      masterKeyFile: path.join(dataDir, 'master.key'),
      sqliteFile: path.join(dataDir, 'vault.sqlite'),
      purgeIntervalMinutes: 0,
      authRateLimit: 1_000_000,
    },
    storage:
      target.engine === 'sqlite'
        ? { engine: 'sqlite', file: path.join(dataDir, 'vault.sqlite') }
        : target,
    logger: pino({ level: 'silent' }),
    routes: [
      oauthRoutes({
        catalog: null,
        config: {
          allowLoopbackClients: true,
          requestsPerMinute: 1_000_000,
          clientFetchesPerMinute: 1_000_000,
        },
        clientFetch: { resolve: localNames, addressAllowed: loopbackOnly },
      }),
      insightRoutes({ leaderUrl: insight.leader.url, helperUrl: insight.helper.url }),
    ],
  });
  const { jwk } = (await (await fetch(`${vault.url}/insight/upload-key`)).json()) as {
    jwk: unknown;
  };
  await insight.trustVault('fuzzed-vault', jwk);
  const client = await startTestClient(vault.url);
  const fixture: Fixture = {
    vault,
    url: vault.url,
    pod: 'fuzz',
    otherPod: 'other',
    recordIds: [],
    client,
    async dispose() {
      await client.close();
      await vault.close();
      await insight.dispose();
      await cleanup();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  await ensureAccount(fixture, fixture.otherPod);
  return fixture;
}

async function ensureAccount(fixture: Fixture, pod: string): Promise<void> {
  const { storage } = fixture.vault.context;
  if (await storage.accounts.byPodName(pod)) return;
  await storage.accounts.create({
    id: `acc-${pod}-${randomBytes(4).toString('hex')}`,
    podName: pod,
    displayName: pod,
    userHandle: randomBytes(16).toString('base64url'),
    createdAt: new Date().toISOString(),
  });
}

/** A fresh session for the fuzzed pod (a generated request may have signed out or erased it). */
async function signIn(fixture: Fixture): Promise<{ cookie: string; csrf: string }> {
  await ensureAccount(fixture, fixture.pod);
  const { storage } = fixture.vault.context;
  const account = (await storage.accounts.byPodName(fixture.pod))!;
  const value = randomBytes(32).toString('base64url');
  const csrf = randomBytes(16).toString('base64url');
  const now = new Date();
  await storage.sessions.create({
    idHash: sha256(value),
    accountId: account.id,
    csrfToken: csrf,
    createdAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + 3_600_000).toISOString(),
    revokedAt: null,
  });
  return { cookie: `${SESSION_COOKIE}=${value}`, csrf };
}

async function operationsOf(url: string): Promise<{ operations: Operation[]; document: unknown }> {
  const document = (await (await fetch(`${url}/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>;
  };
  const operations: Operation[] = [];
  for (const [route, item] of Object.entries(document.paths)) {
    const shared = (item.parameters ?? []) as Parameter[];
    for (const [method, value] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const op = value as {
        parameters?: Parameter[];
        requestBody?: { content: Record<string, { schema?: JsonSchema }> };
      };
      operations.push({
        method: method.toUpperCase(),
        path: route,
        parameters: [...shared, ...(op.parameters ?? [])],
        bodies: Object.fromEntries(
          Object.entries(op.requestBody?.content ?? {}).map(([type, media]) => [
            type,
            media.schema,
          ]),
        ),
      });
    }
  }
  return { operations, document };
}

interface GeneratedRequest {
  signedIn: boolean;
  /** Put the body's own category into the path (a record is only valid in its category). */
  alignCategory: boolean;
  rightCsrf: boolean;
  path: Record<string, string>;
  query: [string, string][];
  rawQuery: string;
  headers: Record<string, string>;
  contentType: string | undefined;
  body: unknown;
  encoding: 'plain' | 'gzip' | 'gzip-garbage';
}

const asciiHeader = fc
  .string({ maxLength: 60 })
  .map((value) => value.replace(/[^\x20-\x7e]/g, 'x'));

function requestArbitrary(
  op: Operation,
  fixture: Fixture,
  document: unknown,
): fc.Arbitrary<GeneratedRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const headerParams = op.parameters.filter((p) => p.in === 'header');
  const value = (p: Parameter): fc.Arbitrary<string> => {
    const fromSchema = schemaArbitrary(p.schema, document).map((v) =>
      typeof v === 'string' ? v : (JSON.stringify(v) ?? ''),
    );
    if (p.name === 'pod')
      return fc.oneof(
        { weight: 6, arbitrary: fc.constant(fixture.pod) },
        fc.constant(fixture.otherPod),
        fromSchema,
        nastyString,
      );
    if (p.name === 'id' && op.path.startsWith('/pods/{pod}/{category}/'))
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...fixture.recordIds) },
        fromSchema,
        nastyString,
      );
    return fc.oneof({ weight: 3, arbitrary: fromSchema }, nastyString);
  };
  const bodyTypes = Object.keys(op.bodies);
  const bodyArbitrary = fc.oneof(
    ...(bodyTypes.length > 0
      ? [
          {
            weight: 4,
            arbitrary: fc
              .constantFrom(...bodyTypes)
              .chain((type) =>
                (op.bodies[type] ? schemaArbitrary(op.bodies[type], document) : junkJson).map(
                  (body) => ({ type, body }),
                ),
              ),
          },
        ]
      : []),
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constantFrom(...CONTENT_TYPES), body: junkJson }),
    },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constantFrom(...CONTENT_TYPES), body: nastyString }),
    },
    { weight: 1, arbitrary: fc.constant({ type: undefined, body: undefined }) },
  );
  return fc
    .record({
      signedIn: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
      alignCategory: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
      rightCsrf: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, fc.constant(false)),
      path: fc.record(
        Object.fromEntries(pathParams.map((p) => [p.name, value(p)])),
      ) as fc.Arbitrary<Record<string, string>>,
      query: fc
        .tuple(
          fc.tuple(
            ...queryParams.map((p) =>
              fc.option(
                value(p).map((v) => [p.name, v] as [string, string]),
                { nil: undefined },
              ),
            ),
          ),
          fc.array(fc.tuple(nastyString, nastyString), { maxLength: 2 }),
        )
        .map(([declared, extra]) => [...declared.filter((entry) => entry !== undefined), ...extra]),
      rawQuery: fc.constantFrom(
        '',
        '',
        '',
        '&%zz',
        '&a=1&a=2',
        '&=&&',
        '&limit=-1',
        '&limit=99999999999',
      ),
      headers: fc
        .tuple(
          fc.record(
            {
              ...Object.fromEntries(headerParams.map((p) => [p.name, asciiHeader])),
              accept: fc.constantFrom(...ACCEPTS),
            },
            { requiredKeys: ['accept'] },
          ),
          // Stray credentials and origins in one request out of four: more would stop most
          // requests at the first check and leave the handlers behind it unexercised.
          fc.oneof(
            { weight: 3, arbitrary: fc.constant({}) },
            fc.record(
              {
                authorization: fc.oneof(
                  asciiHeader,
                  asciiHeader.map((v) => `DPoP ${v}`),
                  asciiHeader.map((v) => `Bearer ${v}`),
                ),
                dpop: asciiHeader,
                'if-match': asciiHeader,
                'idempotency-key': asciiHeader,
                origin: fc.constantFrom('null', 'https://evil.example', fixture.url),
              },
              { requiredKeys: [] },
            ),
          ),
        )
        .map(([declared, stray]) => ({ ...declared, ...stray }) as Record<string, string>),
      contentType: fc.constant(undefined),
      body: bodyArbitrary,
      encoding: fc.constantFrom('plain', 'plain', 'plain', 'plain', 'gzip', 'gzip-garbage'),
    })
    .map((request) => {
      const { type, body } = request.body as { type: string | undefined; body: unknown };
      return { ...request, contentType: type, body };
    });
}

function encodeBody(type: string | undefined, body: unknown): string | undefined {
  if (type === undefined || body === undefined) return undefined;
  if (typeof body === 'string') return body;
  if (
    type.startsWith('application/x-www-form-urlencoded') &&
    body &&
    typeof body === 'object' &&
    !Array.isArray(body)
  ) {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(body))
      for (const item of Array.isArray(value) ? value : [value])
        form.append(key, typeof item === 'string' ? item : (JSON.stringify(item) ?? ''));
    return form.toString();
  }
  if (type === 'text/csv' && Array.isArray(body))
    return body.map((row) => (Array.isArray(row) ? row.join(',') : JSON.stringify(row))).join('\n');
  if (type === 'application/x-ndjson' && Array.isArray(body))
    return body.map((line) => JSON.stringify(line)).join('\n');
  return JSON.stringify(body);
}

async function send(
  fixture: Fixture,
  op: Operation,
  request: GeneratedRequest,
): Promise<{ status: number; type: string; text: string; url: string }> {
  let route = op.path;
  const bodyCategory = (request.body as { category?: unknown } | null | undefined)?.category;
  if (request.alignCategory && 'category' in request.path && typeof bodyCategory === 'string')
    request = { ...request, path: { ...request.path, category: bodyCategory } };
  for (const [name, value] of Object.entries(request.path))
    route = route.replace(`{${name}}`, encodeURIComponent(Buffer.from(value).toString()));
  const search = new URLSearchParams(request.query).toString() + request.rawQuery;
  const url = `${fixture.url}${route}${search ? `?${search}` : ''}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
  if (request.signedIn) {
    const session = await signIn(fixture);
    headers.set('cookie', session.cookie);
    // Mostly the right CSRF token, so that the handlers behind the check are reached too.
    if (request.rightCsrf) headers.set('x-csrf-token', session.csrf);
  }
  const text = encodeBody(request.contentType, request.body);
  let body: Blob | string | undefined = text;
  if (request.contentType) headers.set('content-type', request.contentType);
  if (text !== undefined && request.encoding !== 'plain') {
    headers.set('content-encoding', 'gzip');
    body = new Blob([
      request.encoding === 'gzip' ? gzipSync(text) : Buffer.from(text.slice(0, 50)),
    ]);
  }
  const method = op.method;
  const response = await fetch(url, {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' ? undefined : body,
    redirect: 'manual',
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    text: await response.text(),
    url,
  };
}

function checkAnswer(
  op: Operation,
  answer: { status: number; type: string; text: string; url: string },
): void {
  const where = `${op.method} ${answer.url} → ${answer.status} ${answer.text.slice(0, 300)}`;
  expect(answer.status, where).toBeLessThan(500);
  if (answer.status < 400) return;
  if (answer.type.startsWith('application/problem+json')) {
    const problem = JSON.parse(answer.text) as { code?: unknown; status?: unknown };
    expect(typeof problem.code, where).toBe('string');
    expect(problem.status, where).toBe(answer.status);
    return;
  }
  if (OAUTH_ERROR_FORMAT.has(op.path) && answer.type.startsWith('application/json')) {
    expect(typeof (JSON.parse(answer.text) as { error?: unknown }).error, where).toBe('string');
    return;
  }
  if (HTML_PAGES.has(op.path) && answer.type.startsWith('text/html')) return;
  expect.fail(`not a problem document: ${where} (${answer.type})`);
}

const describeEachEngine = await engineSuites();

describeEachEngine('fuzzing every OpenAPI operation on %s', (engine) => {
  let fixture: Fixture;
  let operations: Operation[] = [];
  let document: unknown;
  beforeAll(async () => {
    fixture = await startFixture(engine);
    ({ operations, document } = await operationsOf(fixture.url));
    const session = await signIn(fixture);
    for (const title of ['Eerste', 'Tweede', 'Derde']) {
      const response = await fetch(`${fixture.url}/pods/${fixture.pod}/loans/`, {
        method: 'POST',
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'content-type': 'application/json',
        },
        body: JSON.stringify(loanRecord(title)),
      });
      fixture.recordIds.push(((await response.json()) as { id: string }).id.split('/').pop()!);
    }
  });
  afterAll(async () => fixture?.dispose());

  it('finds every operation of the document', () => {
    expect(operations.length).toBeGreaterThan(40);
  });

  it(
    `answers ${RUNS} generated requests per operation with no 5xx and only problem documents`,
    { timeout: 600_000 },
    async () => {
      const failures: string[] = [];
      const stats: Record<string, Record<number, number>> = {};
      for (const op of operations) {
        const result = await fc.check(
          fc.asyncProperty(requestArbitrary(op, fixture, document), async (request) => {
            const answer = await send(fixture, op, request);
            const key = `${op.method} ${op.path}`;
            (stats[key] ??= {})[answer.status] = (stats[key]![answer.status] ?? 0) + 1;
            checkAnswer(op, answer);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: !process.env.FUZZ_SHRINK },
        );
        if (result.failed) {
          const cause =
            result.errorInstance instanceof Error
              ? result.errorInstance.message
              : String(result.errorInstance);
          failures.push(`${op.method} ${op.path}: ${cause.split('\n')[0]!.slice(0, 600)}`);
        }
      }
      // FUZZ_STATS=1 prints which statuses each operation answered (how deep the requests got).
      if (process.env.FUZZ_STATS)
        for (const [key, counts] of Object.entries(stats))
          console.log(engine, key, JSON.stringify(counts));
      expect(failures, failures.join('\n\n')).toEqual([]);
    },
  );

  it('leaves the vault healthy: /healthz, a sign-up and a record write work afterwards', async () => {
    expect((await fetch(`${fixture.url}/healthz`)).status).toBe(200);
    const person = await signUpOverHttp(fixture.url, `after-${engine}`, 'Na het fuzzen');
    expect(person.verifyStatus).toBe(201);
    const write = await fetch(`${fixture.url}/pods/after-${engine}/loans/`, {
      method: 'POST',
      headers: {
        cookie: person.cookie!,
        'x-csrf-token': person.csrfToken!,
        'content-type': 'application/json',
      },
      body: JSON.stringify(loanRecord('Nog steeds')),
    });
    expect(write.status).toBe(201);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
