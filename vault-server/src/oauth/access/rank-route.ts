import type { RequestHandler, Response } from 'express';
import { VerwonderError } from '@verwonder/shared';
import { parseInput } from '../../http/validate.ts';
import type { OAuthDeps } from '../oauth-deps.ts';
import { RankRequest, type RankResponse } from './content-ranker.ts';
import { untilAnswerStep } from './answer-step.ts';
import { refused, tokenAccessOf } from './require-access-token.ts';
import { MIN_RANK_CANDIDATES, rankCandidates } from './wonder-ranker.ts';

/** Records read for a ranking, per allowed category (as for the DNA profile). */
const SAMPLE_LIMIT = 2000;

const secondsUntilTomorrow = (now: Date): number => {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000));
};

/**
 * `POST /pods/{pod}/suggestions/rank`. Every call is a question a site asks about the person's
 * records, so what it answers is kept from being an oracle on them: an order only, from a coarse
 * profile (see wonder-ranker.ts); at least `MIN_RANK_CANDIDATES` different candidates (422
 * `unprocessable`, `reason: too_few_candidates`); at most `rankCallsPerDay` calls per grant and UTC
 * day, counted in the database (429 `rate_limited`, `reason: rank_budget_exhausted`, Retry-After);
 * the answer leaves at a whole `profileAnswerStepMs` after the call began, however many records it read.
 */
export function rankRoute(deps: OAuthDeps): RequestHandler {
  return async (req, res: Response) => {
    const started = performance.now();
    const token = tokenAccessOf(res);
    if (!token) throw new VerwonderError('invalid_token', 'no access token');
    const who = { clientId: token.clientId, grantId: token.grant.id, purpose: token.purpose };
    if (!token.scopes.includes('suggestions:rank')) {
      await refused(deps, req, token.pod, who, 'no suggestions:rank scope');
      throw new VerwonderError('insufficient_scope', 'this grant does not allow suggestions:rank');
    }
    const { items } = parseInput(RankRequest, req.body, 'ranking request');
    if (new Set(items.map((item) => item.id)).size < MIN_RANK_CANDIDATES)
      throw new VerwonderError(
        'unprocessable',
        `send at least ${MIN_RANK_CANDIDATES} different items: the order of fewer would say too much about each`,
        { details: { reason: 'too_few_candidates', minimumCandidates: MIN_RANK_CANDIDATES } },
      );
    const actor = {
      actor: { type: 'client' as const, clientId: token.clientId, grantId: token.grant.id },
      purpose: token.purpose,
    };
    const now = new Date();
    const limit = deps.config.rankCallsPerDay;
    if (!(await deps.rankBudget.spend(token.grant.id, now.toISOString().slice(0, 10), limit))) {
      await refused(deps, req, token.pod, who, `the ${limit} rankings of today are used`);
      res.set('Retry-After', String(secondsUntilTomorrow(now)));
      throw new VerwonderError('rate_limited', `this grant may rank ${limit} times a day`, {
        details: { reason: 'rank_budget_exhausted', callsPerDay: limit },
      });
    }
    const categories = token.grant.rankCategories;
    const ranked = rankCandidates(
      items,
      await deps.records.sample(token.pod, categories, SAMPLE_LIMIT),
      categories,
      deps.catalog,
      token.clientId,
    );
    await deps.audit(token.pod, {
      ...actor,
      action: 'suggestions-ranked',
      detail: `${ranked.length} items over ${categories.join(', ')}`,
    });
    const body: RankResponse = { ranker: 'interest-profile', categories, items: ranked };
    // Reading and ranking take longer the more records there are: a site with only this scope
    // learnt from the answer time how much the person had (5 ms for no loans, 53 ms for 1,500).
    await untilAnswerStep(started, deps.config.profileAnswerStepMs);
    res.json(body);
  };
}
