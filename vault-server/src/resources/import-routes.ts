import express, { Router, type Request } from 'express';
import { DataCategoryId, VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { OWNER } from '../audit/audit-log.ts';
import { requirePodOwner } from '../auth/auth-middleware.ts';
import { parseInput, PodName } from '../http/validate.ts';
import type { VaultContext } from '../vault-context.ts';
import {
  validateImport,
  writeImport,
  type ImportFormat,
  type ImportProgress,
} from './import-records.ts';
import { containerUrl, JSON_TYPES } from './json-ld-views.ts';
import { retentionCutOff } from './retention-cut-off.ts';

const Params = z.object({ pod: PodName, category: DataCategoryId });
const ImportQuery = z.object({ fileName: z.string().max(300).optional() }).strict();

function importFormat(req: Request): ImportFormat {
  if (req.is('text/csv')) return 'csv';
  if (req.is('application/x-ndjson')) return 'ndjson';
  if (req.is(JSON_TYPES)) return 'json';
  throw new VerwonderError(
    'unsupported_media_type',
    'import text/csv, application/json or application/x-ndjson',
  );
}

/**
 * `POST /pods/{pod}/{category}/import`: a whole file, all lines valid or nothing written. With
 * `Accept: application/x-ndjson` the answer streams progress lines, then one result or problem line.
 * Imports get their own, larger body limit and take the raw text.
 */
export function importRoutes(ctx: VaultContext): Router {
  const router = Router();
  const base = ctx.config.publicUrl;
  router.post(
    '/pods/:pod/:category/import',
    express.text({
      type: ['text/csv', 'application/json', 'application/ld+json', 'application/x-ndjson'],
      limit: ctx.config.importLimitBytes,
    }),
    async (req, res) => {
      const { pod, category } = parseInput(Params, req.params, 'path');
      requirePodOwner(ctx, req, res, pod);
      const format = importFormat(req);
      const { fileName } = parseInput(ImportQuery, req.query, 'query');
      if (typeof req.body !== 'string') throw new VerwonderError('invalid_input', 'empty import');
      const streaming =
        req.accepts(['application/json', 'application/x-ndjson']) === 'application/x-ndjson' &&
        !req.get('accept')?.includes('application/json');
      const report = (progress: ImportProgress) =>
        streaming && res.write(`${JSON.stringify({ type: 'progress', ...progress })}\n`);
      if (streaming) res.status(200).type('application/x-ndjson');
      const run = async () => {
        const cutOff = await retentionCutOff(ctx.storage, pod, category);
        const keyInPod = async (key: string) =>
          (await ctx.storage.records.byIdempotencyKey(pod, category, key)) !== undefined;
        const { records, errors, truncated } = await validateImport(
          req.body as string,
          format,
          category,
          fileName,
          report,
          { cutOff, keyInPod },
        );
        if (errors.length > 0)
          throw new VerwonderError(
            'unprocessable',
            truncated
              ? `at least ${errors.length} lines are invalid (checking stopped there); nothing was imported`
              : `${errors.length} lines are invalid; nothing was imported`,
            { details: { lines: errors, truncated } },
          );
        const ids = await writeImport(ctx, pod, category, records, { actor: OWNER }, report);
        return { imported: ids.length, container: containerUrl(base, pod, category) };
      };
      if (!streaming) {
        res.status(201).json(await run());
        return;
      }
      // Progress as NDJSON lines, then one result (or problem) line: the status is already sent.
      try {
        res.end(`${JSON.stringify({ type: 'result', ...(await run()) })}\n`);
      } catch (error) {
        if (!(error instanceof VerwonderError))
          ctx.logger.error({ err: error, pod, category }, 'import failed');
        const problem =
          error instanceof VerwonderError ? error : new VerwonderError('internal', 'import failed');
        res.end(
          `${JSON.stringify({ type: 'problem', code: problem.code, detail: problem.message, ...(problem.details ?? {}) })}\n`,
        );
      }
    },
  );

  return router;
}
