import express, { Router } from 'express';
import { DataCategoryId, VERWONDER_CONTEXT, VerwonderError } from '@verwonder/shared';
import { z } from 'zod';
import { appendAudit, OWNER, readAudit, readAuditNewestFirst } from '../audit/audit-log.ts';
import { AuditQuery, auditFilterOf } from '../audit/audit-query.ts';
import { siteUses } from '../audit/site-uses.ts';
import { verifyAudit } from '../audit/verify-audit.ts';
import { requirePodOwner } from '../auth/auth-middleware.ts';
import { requireConfirmed } from '../auth/confirm-with-passkey.ts';
import { webIdOf } from '../auth/passkey-ceremonies.ts';
import { clearSessionCookie } from '../auth/sessions.ts';
import { parseInput, PodName } from '../http/validate.ts';
import { containerUrl, podUrl } from '../resources/json-ld-views.ts';
import { cutOffFor, retentionCutOffs } from '../resources/retention-cut-off.ts';
import type { VaultContext } from '../vault-context.ts';
import { eraseAccount } from './erasure.ts';
import { exportPod } from './export-pod.ts';
import { restorePod } from './restore-pod.ts';
import { retentionOf } from './retention.ts';
import { RetentionDays } from './retention-days.ts';

const Pod = z.object({ pod: PodName });
const RetentionBody = z.object({ days: RetentionDays.nullable() }).strict();
const EraseAccountBody = z.object({ confirm: z.string() }).strict();
const DAY_MS = 86_400_000;

/** When a record of this time is past a retention of `days`; null beyond any date. */
function expiryOf(time: string, days: number): string | null {
  const at = new Date(Date.parse(time) + days * DAY_MS);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

/** The path of a pod's category: `/pods/:pod/…/:category`. */
const PodCategory = Pod.extend({ category: DataCategoryId });

/** The pod as a whole: profile, export and restore, erasure, audit log, retention. */
export function podRoutes(ctx: VaultContext): Router {
  const router = Router();
  const base = ctx.config.publicUrl;

  // The WebID profile is public, as in Solid; it says nothing but where the pod is.
  router.get('/pods/:pod/profile', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    if (!(await ctx.storage.accounts.byPodName(pod)))
      throw new VerwonderError('not_found', 'no such pod');
    res
      .type(req.accepts(['application/ld+json', 'application/json']) || 'application/ld+json')
      .send(
        JSON.stringify({
          '@context': {
            foaf: 'http://xmlns.com/foaf/0.1/',
            pim: 'http://www.w3.org/ns/pim/space#',
            storage: { '@id': 'pim:storage', '@type': '@id' },
          },
          '@id': webIdOf(ctx, pod),
          '@type': 'foaf:Person',
          storage: podUrl(base, pod),
        }),
      );
  });

  router.get('/pods/:pod/', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    // As reads count them: records past retention are gone already, purged or not.
    const counts = await ctx.storage.records.counts(pod, await retentionCutOffs(ctx.storage, pod));
    res.type('application/ld+json').send(
      JSON.stringify({
        '@context': [
          VERWONDER_CONTEXT,
          {
            ldp: 'http://www.w3.org/ns/ldp#',
            contains: { '@id': 'ldp:contains', '@container': '@set' },
          },
        ],
        '@id': podUrl(base, pod),
        '@type': ['ldp:Container', 'ldp:BasicContainer'],
        contains: DataCategoryId.options.map((category) => ({
          '@id': containerUrl(base, pod, category),
          category,
          records: counts.get(category) ?? 0,
        })),
      }),
    );
  });

  router.get('/pods/:pod/export', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    const { account } = requirePodOwner(ctx, req, res, pod);
    // A GET that decrypts the whole pod into the person's downloads and is logged: another site
    // must not start it with a link (the Lax cookie goes along on a top-level navigation). Browsers
    // say where a request comes from; a client without the header (curl) is not a browser.
    const site = req.get('sec-fetch-site');
    if (site !== undefined && site !== 'same-origin' && site !== 'none')
      throw new VerwonderError('csrf_failed', 'start the export from your vault’s own page');
    const document = await exportPod(ctx, account);
    res
      .type('application/ld+json')
      .set(
        'Content-Disposition',
        `attachment; filename="verwonder-${pod}-${new Date().toISOString().slice(0, 10)}.jsonld"`,
      )
      .send(JSON.stringify(document, null, 2));
  });

  router.post(
    '/pods/:pod/restore',
    express.json({
      type: ['application/json', 'application/ld+json'],
      limit: ctx.config.importLimitBytes,
    }),
    async (req, res) => {
      const { pod } = parseInput(Pod, req.params, 'path');
      const { account } = requirePodOwner(ctx, req, res, pod);
      res.status(201).json(await restorePod(ctx, account, req.body));
    },
  );

  router.delete('/pods/:pod', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    const auth = requirePodOwner(ctx, req, res, pod);
    // As for changing how the person signs in: a session alone (a stolen cookie, a browser left
    // signed in at the library) must not erase everything; a fresh sign-in or passkey must.
    requireConfirmed(auth);
    if (parseInput(EraseAccountBody, req.body ?? {}).confirm !== pod)
      throw new VerwonderError('invalid_input', 'confirm with the pod name');
    await eraseAccount(ctx, auth.account.id);
    clearSessionCookie(res);
    res.status(204).end();
  });

  router.get('/pods/:pod/audit', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    const query = parseInput(AuditQuery, req.query, 'query');
    const { order, after, before, limit } = query;
    const filter = auditFilterOf(query);
    const entries =
      order === 'desc'
        ? await readAuditNewestFirst(ctx.storage, pod, before, limit, filter)
        : await readAudit(ctx.storage, pod, after ?? -1, limit, filter);
    res.type('application/ld+json').send(
      JSON.stringify({
        '@context': VERWONDER_CONTEXT,
        entries: entries.map((entry) => ({ '@type': 'AuditEntry', ...entry })),
      }),
    );
  });

  router.get('/pods/:pod/audit/verify', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    res.json(await verifyAudit(ctx.storage, pod));
  });

  router.get('/pods/:pod/audit/uses', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    res.json({ uses: await siteUses(ctx.storage, pod) });
  });

  router.get('/pods/:pod/retention', async (req, res) => {
    const { pod } = parseInput(Pod, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    res.json({ retentionDays: await retentionOf(ctx.storage, pod) });
  });

  // The data page's purge plan, counted in the database: the page no longer holds every record.
  router.get('/pods/:pod/retention/:category', async (req, res) => {
    const { pod, category } = parseInput(PodCategory, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    const days = (await retentionOf(ctx.storage, pod))[category];
    const plan = await ctx.storage.records.purgePlan(pod, category, cutOffFor(days));
    res.json({
      category,
      days,
      due: days === null ? 0 : plan.due,
      nextPurgeAt:
        days === null || plan.oldestKept === null ? null : expiryOf(plan.oldestKept, days),
    });
  });

  router.put('/pods/:pod/retention/:category', async (req, res) => {
    const { pod, category } = parseInput(PodCategory, req.params, 'path');
    requirePodOwner(ctx, req, res, pod);
    const { days } = parseInput(RetentionBody, req.body);
    await ctx.storage.transaction(async (tx) => {
      await tx.retention.set(pod, category, days);
      await appendAudit(tx, pod, {
        actor: OWNER,
        action: 'retention-changed',
        category,
        detail: days === null ? 'keep until deleted' : `${days} days`,
      });
    });
    res.json({ retentionDays: await retentionOf(ctx.storage, pod) });
  });

  return router;
}
