import type { ErrorRequestHandler } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { signedIn } from '../auth/auth-middleware.ts';
import { PodName } from '../http/validate.ts';
import type { VaultContext } from '../vault-context.ts';
import { logRefusal } from './refusal-log.ts';
import { routeLabel } from './route-label.ts';

const POD_PATH = /^\/pods\/([^/]+)\//;

/**
 * Audits another signed-in account's refused attempt on a pod (`forbidden` from the owner check of
 * any pod route) in that pod's log, rate-limited. Runs as an error handler, before the problem
 * document is sent, so the entry is written before the answer. Requests with a token are audited by
 * the token routes.
 */
export function auditOtherAccountRefusals(ctx: VaultContext): ErrorRequestHandler {
  return (error, req, res, next) => {
    const auth = signedIn(res);
    const pod = POD_PATH.exec(req.path)?.[1];
    if (
      !VerwonderError.is(error) ||
      error.code !== 'forbidden' ||
      !auth ||
      pod === undefined ||
      !PodName.safeParse(pod).success ||
      auth.account.podName === pod ||
      req.get('authorization') !== undefined
    )
      return next(error);
    logRefusal(ctx.storage, pod, {
      actor: { type: 'account' },
      detail: `${routeLabel(req, pod)}: another account`,
    }).then(
      () => next(error),
      (failure: unknown) => {
        ctx.logger.warn({ err: failure, pod }, 'a refusal could not be logged');
        next(error);
      },
    );
  };
}
