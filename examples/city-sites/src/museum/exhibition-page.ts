import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { activityDetail } from '../activity/activity-detail.ts';
import { activityJsonLd } from '../activity/activity-json-ld.ts';
import { priceText } from '../activity/activity-text.ts';
import {
  emailAddress,
  optionalAKaartNumber,
  personName,
  wholeNumber,
} from '../http/form-fields-schema.ts';
import { parseForm } from '../http/parse-form.ts';
import { isoDate } from '../http/query-fields.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { confirmationCode } from '../shared-ui/confirmation-code.ts';
import { formatDay, startOfDayInAntwerp } from '../shared-ui/dates.ts';
import {
  errorSummary,
  inputField,
  selectField,
  type FieldErrors,
  type FieldValues,
} from '../shared-ui/form-fields.ts';
import { markup } from '../shared-ui/html.ts';
import { withContext } from '../shared-ui/item-list-json-ld.ts';
import { exhibitionPath, kindLabel } from './exhibition-card.ts';
import type { ExhibitionIndex } from './exhibition-index.ts';
import { canVisit, timeSlots, visitWindow } from './visit-slots.ts';

export const MAX_VISITORS = 10;

function visitSchema(activity: Activity, now: Date) {
  return z
    .object({
      datum: z.string({ error: 'Kies een datum.' }).pipe(isoDate),
      tijdslot: z
        .string({ error: 'Kies een tijdslot.' })
        .regex(/^\d{2}:\d{2}$/, { error: 'Kies een tijdslot.' }),
      bezoekers: wholeNumber('het aantal bezoekers', 1, MAX_VISITORS),
      naam: personName,
      email: emailAddress,
      akaartnummer: optionalAKaartNumber,
    })
    .superRefine((v, issue) => {
      if (!canVisit(activity, now, v.datum, v.tijdslot)) {
        issue.addIssue({
          code: 'custom',
          path: ['datum'],
          message:
            'Het museum is dan niet open voor deze tentoonstelling. Kies een andere datum of een ander tijdslot.',
        });
      }
    });
}

function findExhibition(index: ExhibitionIndex, id: string | undefined): Activity {
  const activity = id ? index.get(id) : undefined;
  if (!activity) throw new VerwonderError('not_found', 'Deze tentoonstelling bestaat niet');
  return activity;
}

function renderExhibition(
  res: Response,
  ctx: SiteContext,
  activity: Activity,
  form: { values: FieldValues; errors: FieldErrors },
): Promise<void> {
  const url = `${ctx.directory.museum ?? ''}${exhibitionPath(activity)}`;
  const window = visitWindow(activity, ctx.now());
  const f = { values: form.values, errors: form.errors };
  return sendPage(
    res,
    ctx,
    {
      title: activity.title,
      description:
        activity.description?.slice(0, 160) ?? `${kindLabel(activity)} in ${activity.venue.name}`,
      crumbs: [
        { label: 'Home', href: '/' },
        { label: activity.venue.name, href: `/?museum=${encodeURIComponent(activity.venue.id)}` },
        { label: activity.title },
      ],
      jsonLd: [withContext(activityJsonLd(activity, url))],
      body: markup`<div class="container detail">
  ${activityDetail(activity, url, `${kindLabel(activity)} · ${activity.venue.name}`, ctx.now())}
  <aside class="detail__aside panel" aria-labelledby="bezoek-titel">
    <h2 id="bezoek-titel">Plan je bezoek</h2>
    ${
      !window
        ? markup`<p>Deze tentoonstelling is afgelopen. <a href="/?museum=${activity.venue.id}">Bekijk wat er nu te zien is in ${activity.venue.name}</a>.</p>`
        : markup`<p>Reserveer een tijdslot. Toegang: ${priceText(activity)}. Met je A-kaart krijg je korting.</p>
    ${errorSummary(form.errors)}
    <form method="post" action="${exhibitionPath(activity)}/bezoek" novalidate>
      <div class="field-row">
        ${inputField({ name: 'datum', label: 'Datum', type: 'date', min: window.firstDay, max: window.lastDay, required: true, ...f })}
        ${selectField({ name: 'tijdslot', label: 'Tijdslot', required: true, options: timeSlots(activity).map((s) => ({ value: s, label: s })), ...f })}
      </div>
      ${inputField({ name: 'bezoekers', label: 'Aantal bezoekers', type: 'number', inputmode: 'numeric', min: '1', max: String(MAX_VISITORS), required: true, defaultValue: '1', ...f })}
      <fieldset>
        <legend>Jouw gegevens</legend>
        ${inputField({ name: 'naam', label: 'Naam', autocomplete: 'name', required: true, maxlength: 100, ...f })}
        ${inputField({ name: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'email', inputmode: 'email', required: true, maxlength: 200, ...f })}
        ${inputField({ name: 'akaartnummer', label: 'A-kaartnummer', inputmode: 'numeric', maxlength: 20, hint: '13 cijfers; voor korting en om je bezoek te sparen', ...f })}
      </fieldset>
      <button class="button button--primary button--block" type="submit">Reserveer je bezoek</button>
    </form>`
    }
  </aside>
</div>`,
    },
    Object.keys(form.errors).length ? 400 : 200,
  );
}

export function exhibitionPage(ctx: SiteContext, index: ExhibitionIndex) {
  return async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    await renderExhibition(res, ctx, findExhibition(index, req.params.id), {
      values: {},
      errors: {},
    });
  };
}

export function bookVisit(ctx: SiteContext, index: ExhibitionIndex) {
  return async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    const activity = findExhibition(index, req.params.id);
    const form = parseForm(visitSchema(activity, ctx.now()), req.body);
    if (!form.ok) return renderExhibition(res, ctx, activity, form);
    const v = form.data;
    await sendPage(res, ctx, {
      title: 'Bezoek gereserveerd',
      crumbs: [
        { label: 'Home', href: '/' },
        { label: activity.title, href: exhibitionPath(activity) },
        { label: 'Bevestiging' },
      ],
      body: markup`<div class="container page-message">
  <div class="confirmation" role="status">
    <h1>Tot binnenkort, ${v.naam}!</h1>
    <p>Je bezoek aan <strong>${activity.title}</strong> in ${activity.venue.name} is gereserveerd.</p>
    <dl class="facts facts--stacked">
      <div><dt>Reservatienummer</dt><dd>${confirmationCode('M')}</dd></div>
      <div><dt>Wanneer</dt><dd>${formatDay(startOfDayInAntwerp(v.datum))} om ${v.tijdslot}</dd></div>
      <div><dt>Bezoekers</dt><dd>${v.bezoekers}</dd></div>
      ${v.akaartnummer ? markup`<div><dt>A-kaart</dt><dd>•••• ${v.akaartnummer.slice(-4)}</dd></div>` : ''}
    </dl>
    <p>Je e-ticket staat in je mailbox (<strong>${v.email}</strong>). Toon het aan de balie.</p>
    <p><a class="button" href="/">Meer tentoonstellingen</a></p>
  </div>
</div>`,
    });
  };
}
