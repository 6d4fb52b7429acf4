import { z } from 'zod';
import { ReportBody, SettingsBody } from './insight-routes.ts';

const schema = (type: z.ZodType) => z.toJSONSchema(type, { unrepresentable: 'any', io: 'input' });
const problem = {
  description: 'RFC 9457 problem document with a stable `code`',
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
};
const pod = {
  name: 'pod',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,30}[a-z0-9]$' },
};
const csrf = { name: 'X-CSRF-Token', in: 'header', required: true, schema: { type: 'string' } };
const errors = { 400: problem, 401: problem, 403: problem, 404: problem };
const ok = (description: string) => ({ description });

/** The insight part of the vault's OpenAPI document (issue 14): merge into `paths`. */
export function insightOpenApiPaths(): Record<string, object> {
  return {
    '/insight/upload-key': {
      get: {
        security: [],
        summary:
          'The vault’s public ES256 upload key (JWK and RFC 7638 thumbprint), for the insight aggregators’ operators to accept its reports',
        responses: { 200: ok('{ kid, jwk }'), 503: problem },
      },
    },
    '/pods/{pod}/insight/attribution': {
      get: {
        parameters: [pod],
        summary:
          'The owner’s suggestions linked to their clicks, conversions within 14 days and feedback (owner session only; 404 otherwise)',
        responses: { 200: ok('{ conversionWindowDays, suggestions }'), ...errors },
      },
    },
    '/pods/{pod}/insight/settings': {
      get: {
        parameters: [pod],
        summary:
          'The owner’s insight opt-in (off by default), the weeks reported, the aggregators’ minimum batch and what taking part means (nl/en)',
        responses: {
          200: ok('{ optIn, reportedWeeks, minBatch, explanation }'),
          503: problem,
          ...errors,
        },
      },
      put: {
        parameters: [pod, csrf],
        summary: 'Opt in to the weekly insight report, or out',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: schema(SettingsBody) } },
        },
        responses: { 200: ok('{ optIn }'), ...errors },
      },
    },
    '/pods/{pod}/insight/reports': {
      post: {
        parameters: [pod, csrf],
        summary:
          'Send one ISO week’s report now (the timer sends each week by itself); once per week, only when opted in; an idle week is not sent (`outcome: idle`); 409 `week_closed` when the week was already collected',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: schema(ReportBody) } },
        },
        responses: {
          201: ok('{ week, suggestions, outcome }'),
          409: problem,
          503: problem,
          ...errors,
        },
      },
    },
  };
}
