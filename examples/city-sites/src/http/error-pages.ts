import type { ErrorRequestHandler, RequestHandler } from 'express';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { markup } from '../shared-ui/html.ts';
import type { QueryProblem } from './parse-query.ts';
import { safeReturnPath } from './safe-return-path.ts';
import { sendPage, type SiteContext } from './site-context.ts';

function problemsOf(err: VerwonderError): QueryProblem[] {
  const problems = err.details?.['problems'];
  return Array.isArray(problems) ? (problems as QueryProblem[]) : [];
}

export function notFoundHandler(): RequestHandler {
  return (_req, _res, next) => next(new VerwonderError('not_found', 'Deze pagina bestaat niet'));
}

/** Renders every error as a page of the site: 400 with the reasons, 404, or a generic 500. */
export function errorPageHandler(ctx: SiteContext): ErrorRequestHandler {
  return async (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    const home = { label: 'Home', href: '/' };
    // body-parser errors carry a status (e.g. 413, 400 for malformed bodies)
    const status =
      err instanceof VerwonderError
        ? err.status
        : typeof (err as { status?: unknown })?.status === 'number' &&
            (err as { status: number }).status < 500
          ? (err as { status: number }).status
          : 500;
    if (status === 404) {
      await sendPage(
        res,
        ctx,
        {
          title: 'Pagina niet gevonden',
          crumbs: [home, { label: 'Niet gevonden' }],
          body: markup`<div class="container page-message">
  <h1>Pagina niet gevonden</h1>
  <p>${err instanceof VerwonderError ? err.message : 'Deze pagina bestaat niet'}. Misschien is ze verplaatst of bestaat het item niet meer.</p>
  <p><a class="button" href="/">Naar de startpagina</a></p>
</div>`,
        },
        404,
      );
      return;
    }
    if (status < 500) {
      const problems = err instanceof VerwonderError ? problemsOf(err) : [];
      await sendPage(
        res,
        ctx,
        {
          title: 'Ongeldige aanvraag',
          crumbs: [home, { label: 'Ongeldige aanvraag' }],
          body: markup`<div class="container page-message">
  <h1>Deze aanvraag kunnen we niet verwerken</h1>
  <p>${err instanceof VerwonderError ? err.message : 'De aanvraag is ongeldig'}.</p>
  ${problems.length ? markup`<ul class="problem-list">${problems.map((p) => markup`<li><code>${p.parameter}</code>: ${p.message}</li>`)}</ul>` : ''}
  <p><a class="button" href="${safeReturnPath(req.path)}">Opnieuw beginnen</a></p>
</div>`,
        },
        status,
      );
      return;
    }
    ctx.logger.error(`[${ctx.identity.key}] ${req.method} ${req.originalUrl} failed`, err);
    await sendPage(
      res,
      ctx,
      {
        title: 'Er ging iets mis',
        crumbs: [home, { label: 'Fout' }],
        body: markup`<div class="container page-message">
  <h1>Er ging iets mis</h1>
  <p>Probeer het later opnieuw.</p>
</div>`,
      },
      500,
    );
  };
}
