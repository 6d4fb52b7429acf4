import { CulturalRecord, NewCulturalRecord } from '@verwonder/shared';
import { z } from 'zod';
import { CitySource } from '@verwonder/shared/wire/city-event.ts';
import { MAX_AUDIT_SEQ } from '../audit/audit-query.ts';
import { ConnectSourceBody } from '../streams/source-routes.ts';
import { PersonalisationBody } from '../personalisation/personalisation-routes.ts';
import { insightOpenApiPaths } from '../insight/vault/openapi-paths.ts';
import { oauthOpenApiPaths } from '../oauth/openapi-paths.ts';

const schema = (type: z.ZodType) => z.toJSONSchema(type, { unrepresentable: 'any', io: 'input' });
const problem = {
  description: 'RFC 9457 problem document with a stable `code`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const json = (ref: string) => ({
  'application/ld+json': { schema: { $ref: ref } },
  'application/json': { schema: { $ref: ref } },
});
const podParam = {
  name: 'pod',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$' },
};
const categoryParam = {
  name: 'category',
  in: 'path',
  required: true,
  schema: { $ref: '#/components/schemas/Category' },
};
const sourceParam = { name: 'source', in: 'path', required: true, schema: schema(CitySource) };
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const ok = (description: string, content?: object) => ({
  description,
  ...(content ? { content } : {}),
});
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const csrf = {
  name: 'X-CSRF-Token',
  in: 'header',
  required: true,
  schema: { type: 'string' },
  description: 'The session’s CSRF token (from GET /auth/session)',
};

let cached: object | undefined;

/** OpenAPI 3.1 description of the vault's HTTP API; record schemas come from the shared zod model. */
export function openApiDocument(publicUrl: string): object {
  cached ??= {
    openapi: '3.1.0',
    info: {
      title: 'Verwonder vault',
      version: '0.1.0',
      description:
        'Personal cultural-data vault: pods, passkeys, encrypted records, audit log, export and erasure.',
    },
    components: {
      securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'vw_session' } },
      schemas: {
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'code'],
          properties: {
            type: { type: 'string' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            code: { type: 'string' },
            instance: { type: 'string' },
          },
        },
        Category: {
          type: 'string',
          enum: CulturalRecord.options.map((option) => option.shape.category.value),
        },
        CulturalRecord: schema(CulturalRecord),
        NewCulturalRecord: schema(NewCulturalRecord),
        Container: {
          type: 'object',
          properties: {
            '@id': { type: 'string' },
            contains: { type: 'array', items: { $ref: '#/components/schemas/CulturalRecord' } },
            next: { type: 'string' },
            searched: { type: 'integer' },
          },
        },
      },
    },
    security: [{ session: [] }],
    paths: {
      ...oauthOpenApiPaths(),
      ...insightOpenApiPaths(),
      '/healthz': {
        get: {
          security: [],
          summary: 'Readiness',
          responses: {
            200: ok(
              '{"status":"ok"}; with VAULT_NATS_URL also "cityStream": "connecting" or "consuming" (NATS down does not fail the check)',
            ),
            503: problem,
          },
        },
      },
      '/auth/register/options': {
        post: {
          security: [],
          summary: 'Start sign-up: WebAuthn creation options for a new pod',
          responses: { 200: ok('challengeId and options'), 409: problem, 429: problem },
        },
      },
      '/auth/register/verify': {
        post: {
          security: [],
          summary: 'Finish sign-up; sets the session cookie; returns one-time recovery codes',
          responses: { 201: ok('account created'), 400: problem, 429: problem },
        },
      },
      '/auth/login/options': {
        post: {
          security: [],
          summary: 'Start passkey sign-in (discoverable credentials)',
          responses: { 200: ok('challengeId and options'), 429: problem },
        },
      },
      '/auth/login/verify': {
        post: {
          security: [],
          summary: 'Finish sign-in; sets the session cookie',
          responses: { 200: ok('signed in'), 401: problem, 429: problem },
        },
      },
      '/auth/recover': {
        post: {
          security: [],
          summary: 'Sign in with a one-time recovery code',
          responses: { 200: ok('signed in'), 401: problem, 429: problem },
        },
      },
      '/auth/session': {
        get: {
          summary:
            'The current session, its CSRF token and until when it may change passkeys and recovery codes without confirming (confirmedUntil)',
          responses: { 200: ok('session'), 401: problem },
        },
      },
      '/auth/logout': {
        post: {
          parameters: [csrf],
          summary: 'End this session',
          responses: { 204: ok('signed out'), ...errors },
        },
      },
      '/auth/logout-everywhere': {
        post: {
          parameters: [csrf],
          summary: 'Revoke every session of the account',
          responses: { 204: ok('signed out everywhere'), ...errors },
        },
      },
      '/auth/passkeys': {
        get: { summary: 'List passkeys', responses: { 200: ok('passkeys'), ...errors } },
      },
      '/auth/confirm/options': {
        post: {
          parameters: [csrf],
          summary: 'Start confirming with one of your passkeys',
          responses: { 200: ok('challengeId and options'), ...errors },
        },
      },
      '/auth/confirm/verify': {
        post: {
          parameters: [csrf],
          summary:
            'Confirm with one of your passkeys: for five minutes this session may add or remove passkeys and issue recovery codes',
          responses: { 204: ok('confirmed'), ...errors },
        },
      },
      '/auth/passkeys/options': {
        post: {
          parameters: [csrf],
          summary:
            'Start adding a passkey (403 with reason confirmation_required unless signed in or confirmed in the last five minutes)',
          responses: { 200: ok('options'), ...errors },
        },
      },
      '/auth/passkeys/verify': {
        post: {
          parameters: [csrf],
          summary: 'Finish adding a passkey',
          responses: { 201: ok('added'), ...errors },
        },
      },
      '/auth/sessions': {
        get: {
          summary: 'List the active sessions with device and last use',
          responses: { 200: ok('sessions'), ...errors },
        },
      },
      '/auth/sessions/{id}': {
        delete: {
          parameters: [idParam, csrf],
          summary: 'End one session (the current one signs this browser out)',
          responses: { 204: ok('ended'), ...errors },
        },
      },
      '/auth/passkeys/{id}': {
        patch: {
          parameters: [idParam, csrf],
          summary: 'Rename a passkey',
          responses: { 204: ok('renamed'), ...errors },
        },
        delete: {
          parameters: [idParam, csrf],
          summary: 'Remove a passkey (never the last one)',
          responses: { 204: ok('removed'), 409: problem, ...errors },
        },
      },
      '/auth/recovery-codes': {
        post: {
          parameters: [csrf],
          summary: 'Replace the recovery codes',
          responses: { 201: ok('new codes'), ...errors },
        },
      },
      '/pods/{pod}/profile': {
        get: {
          security: [],
          parameters: [podParam],
          summary: 'Public WebID profile (`…/profile#me`)',
          responses: { 200: ok('profile'), 404: problem },
        },
      },
      '/pods/{pod}/': {
        get: {
          parameters: [podParam],
          summary:
            'The pod: one container per data category with its number of records (those past retention left out, purged or not)',
          responses: { 200: ok('pod'), ...errors },
        },
      },
      '/pods/{pod}': {
        delete: {
          parameters: [podParam, csrf],
          summary:
            'Erase the whole account (body {"confirm": pod}; 403 with reason confirmation_required unless signed in or confirmed with a passkey in the last five minutes)',
          responses: { 204: ok('erased'), ...errors },
        },
      },
      '/pods/{pod}/{category}/': {
        get: {
          parameters: [
            podParam,
            categoryParam,
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date-time' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
            {
              name: 'order',
              in: 'query',
              schema: { type: 'string', enum: ['oldest', 'newest', 'title'] },
            },
            { name: 'q', in: 'query', schema: { type: 'string', maxLength: 200 } },
            { name: 'feedback', in: 'query', schema: { type: 'string', enum: ['own', 'all'] } },
          ],
          summary:
            'List records (JSON-LD, paginated, time range [from, to), oldest first unless order=newest); the owner’s session only (a token gets a 400): `q` (text in title, authors and data), `feedback=own` (without impressions and clicks) and `order=title`, searched by the vault, which says how many records it looked through (`searched`)',
          responses: {
            200: ok('a page of the container', json('#/components/schemas/Container')),
            406: problem,
            ...errors,
          },
        },
        post: {
          parameters: [
            podParam,
            categoryParam,
            csrf,
            { name: 'Idempotency-Key', in: 'header', schema: { type: 'string', maxLength: 200 } },
          ],
          requestBody: { required: true, content: json('#/components/schemas/NewCulturalRecord') },
          summary:
            'Create a record; a repeated Idempotency-Key returns the first record (200), or 422 when it comes with a different record or is older than the category’s retention (reason past_retention)',
          responses: {
            201: ok(
              'created; Location and ETag headers',
              json('#/components/schemas/CulturalRecord'),
            ),
            200: ok('replayed'),
            415: problem,
            422: problem,
            ...errors,
          },
        },
        delete: {
          parameters: [podParam, categoryParam, csrf],
          summary: 'Erase the category (data keys destroyed)',
          responses: { 200: ok('erased'), ...errors },
        },
      },
      '/pods/{pod}/{category}/{id}': {
        get: {
          parameters: [podParam, categoryParam, idParam],
          summary: 'Read a record (ETag header)',
          responses: {
            200: ok('the record', json('#/components/schemas/CulturalRecord')),
            ...errors,
          },
        },
        put: {
          parameters: [
            podParam,
            categoryParam,
            idParam,
            csrf,
            { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
          ],
          requestBody: { required: true, content: json('#/components/schemas/NewCulturalRecord') },
          summary:
            'Replace a record; 422 (reason past_retention) for a time older than the retention',
          responses: { 200: ok('replaced'), 412: problem, 422: problem, 428: problem, ...errors },
        },
        delete: {
          parameters: [podParam, categoryParam, idParam, csrf],
          summary: 'Delete a record',
          responses: { 204: ok('deleted'), ...errors },
        },
      },
      '/pods/{pod}/{category}/import': {
        post: {
          parameters: [
            podParam,
            categoryParam,
            csrf,
            { name: 'fileName', in: 'query', schema: { type: 'string' } },
          ],
          requestBody: {
            required: true,
            content: { 'text/csv': {}, 'application/json': {}, 'application/x-ndjson': {} },
          },
          summary:
            'Import a file of records: all lines valid or nothing written (422 with per-line errors); Accept: application/x-ndjson streams progress',
          responses: { 201: ok('imported'), 422: problem, 413: problem, ...errors },
        },
      },
      '/pods/{pod}/export': {
        get: {
          parameters: [podParam],
          summary:
            'Export the pod (JSON-LD, decrypted, with consents and audit log; records past retention left out, purged or not)',
          responses: { 200: ok('export'), ...errors },
        },
      },
      '/pods/{pod}/restore': {
        post: {
          parameters: [podParam, csrf],
          summary:
            'Restore an export into this (empty) pod; records its retention choices already deleted are left out and counted (pastRetention)',
          responses: { 201: ok('restored'), 409: problem, ...errors },
        },
      },
      '/pods/{pod}/audit': {
        get: {
          parameters: [
            podParam,
            {
              name: 'after',
              in: 'query',
              schema: { type: 'integer', minimum: -1, maximum: MAX_AUDIT_SEQ },
            },
            {
              name: 'before',
              in: 'query',
              schema: { type: 'integer', minimum: 0, maximum: MAX_AUDIT_SEQ },
            },
            { name: 'order', in: 'query', schema: { type: 'string', enum: ['asc', 'desc'] } },
            { name: 'limit', in: 'query', schema: { type: 'integer' } },
            { name: 'site', in: 'query', schema: { type: 'string', maxLength: 500 } },
            { name: 'category', in: 'query', schema: { type: 'string' } },
            { name: 'action', in: 'query', schema: { type: 'string' } },
            { name: 'from', in: 'query', schema: { type: 'string', format: 'date' } },
            { name: 'to', in: 'query', schema: { type: 'string', format: 'date' } },
          ],
          summary:
            'Read the audit log: oldest first from `after` (order=asc, the default) or newest first from just before `before` (order=desc); only the entries of a site (`owner`, `system`, `account` or a client id), category, action and days (UTC, from and to included)',
          responses: { 200: ok('entries'), ...errors },
        },
      },
      '/pods/{pod}/audit/verify': {
        get: {
          parameters: [podParam],
          summary: 'Verify the pod’s hash chain',
          responses: { 200: ok('report'), ...errors },
        },
      },
      '/pods/{pod}/audit/uses': {
        get: {
          parameters: [podParam],
          summary: 'Each site’s uses of the pod (per grant) and its last use, over the whole log',
          responses: { 200: ok('uses'), ...errors },
        },
      },
      '/pods/{pod}/dna': {
        get: {
          parameters: [podParam],
          summary: 'The owner’s cultural DNA: labelled features with the records behind each',
          responses: { 200: ok('dna'), ...errors },
        },
      },
      '/pods/{pod}/sources': {
        get: {
          parameters: [podParam],
          summary: 'The city systems this pod takes events from (library, ticketing, A-kaart)',
          responses: { 200: ok('sources'), ...errors },
        },
      },
      '/pods/{pod}/sources/{source}': {
        put: {
          parameters: [podParam, sourceParam, csrf],
          summary:
            'Connect a city system with the link code it signed for the person’s number there: its events for that number are written into the pod. A code works once; a used code and a number another pod holds both get 422',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(ConnectSourceBody) } },
          },
          responses: { 200: ok('connected'), 422: problem, ...errors },
        },
        delete: {
          parameters: [podParam, sourceParam, csrf],
          summary: 'Disconnect a city system',
          responses: { 204: ok('disconnected'), ...errors },
        },
      },
      '/pods/{pod}/for-you': {
        get: {
          parameters: [
            podParam,
            { name: 'dial', in: 'query', schema: { type: 'number', minimum: 0, maximum: 1 } },
          ],
          summary:
            'The owner’s “Voor jou” set: 12 books and upcoming activities with reasons, date and place, and the categories the owner switched off for personalisation (owner session only; 404 otherwise)',
          responses: { 200: ok('{"items", "personalisationOff": [category]}'), ...errors },
        },
      },
      '/pods/{pod}/personalisation/{category}': {
        get: {
          parameters: [podParam, categoryParam],
          summary:
            'Whether the category is used for personalisation (DNA, ranking, “Voor jou”); owner session only, 404 otherwise',
          responses: { 200: ok('{"category", "personalised"}'), ...errors },
        },
        put: {
          parameters: [podParam, categoryParam, csrf],
          summary:
            'Switch the category’s use for personalisation on or off; its records stay (audited as personalisation-changed)',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schema(PersonalisationBody) } },
          },
          responses: { 200: ok('{"category", "personalised"}'), ...errors },
        },
      },
      '/pods/{pod}/retention': {
        get: {
          parameters: [podParam],
          summary: 'Retention per category in days (null = until deleted)',
          responses: { 200: ok('retention'), ...errors },
        },
      },
      '/pods/{pod}/retention/{category}': {
        get: {
          parameters: [podParam, categoryParam],
          summary:
            'A category’s retention and purge plan: {"category", "days", "due" (records the next purge removes), "nextPurgeAt" (when the oldest record kept expires, or null)}',
          responses: { 200: ok('purge plan'), ...errors },
        },
        put: {
          parameters: [podParam, categoryParam, csrf],
          summary: 'Change a category’s retention ({"days": n|null})',
          responses: { 200: ok('retention'), ...errors },
        },
      },
    },
  };
  return { ...cached, servers: [{ url: publicUrl }] };
}
