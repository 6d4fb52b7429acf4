import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Activity } from '@verwonder/shared/catalog/index.ts';
import { VerwonderError } from '@verwonder/shared/errors/verwonder-error.ts';
import { activityDetail } from '../activity/activity-detail.ts';
import { activityJsonLd } from '../activity/activity-json-ld.ts';
import { occurrences, type Occurrence } from '../catalog/occurrences.ts';
import {
  belgianPostalCode,
  emailAddress,
  personName,
  wholeNumber,
} from '../http/form-fields-schema.ts';
import { formToken, formTokenField } from '../http/form-token.ts';
import { parseForm } from '../http/parse-form.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { confirmationCode } from '../shared-ui/confirmation-code.ts';
import { formatEuro, formatSpan } from '../shared-ui/dates.ts';
import {
  errorSummary,
  inputField,
  radioGroup,
  selectField,
  type FieldErrors,
  type FieldValues,
} from '../shared-ui/form-fields.ts';
import { markup } from '../shared-ui/html.ts';
import { withContext } from '../shared-ui/item-list-json-ld.ts';
import type { AgendaIndex } from './agenda-index.ts';
import { eventPath } from './event-path.ts';
import { vaultWriteNote } from '../oauth/vault-banner.ts';
import { ticketRecord } from '../oauth/vault-records.ts';

export const MAX_TICKETS = 10;

interface Tariff {
  value: 'basis' | 'reductie' | 'gratis';
  label: string;
  amount: number;
}

export function tariffsOf(activity: Activity): Tariff[] {
  const { price } = activity;
  if (price.isFree || price.amount === undefined)
    return [{ value: 'gratis', label: 'Gratis', amount: 0 }];
  const tariffs: Tariff[] = [
    { value: 'basis', label: `Basistarief – ${formatEuro(price.amount)}`, amount: price.amount },
  ];
  if (price.reduced !== undefined) {
    tariffs.push({
      value: 'reductie',
      label: `Reductietarief (-26, 65+, A-kaart) – ${formatEuro(price.reduced)}`,
      amount: price.reduced,
    });
  }
  return tariffs;
}

/** Occurrences that can still be booked; a permanent activity has one open-dated ticket. */
function bookable(activity: Activity, now: Date): Occurrence[] {
  return occurrences(activity.calendar).filter((o) => Date.parse(o.end) >= now.getTime());
}

function ticketSchema(activity: Activity, slots: Occurrence[]) {
  const tariffs = tariffsOf(activity);
  return z.object({
    voorstelling:
      activity.calendar.type === 'multiple'
        ? z
            .string({ error: 'Kies een datum.' })
            .refine((v) => slots.some((s) => s.start === v), { error: 'Kies een datum.' })
        : z.string().optional(),
    aantal: wholeNumber('het aantal tickets', 1, MAX_TICKETS),
    tarief: z
      .string({ error: 'Kies een tarief.' })
      .refine((v) => tariffs.some((t) => t.value === v), { error: 'Kies een tarief.' })
      .transform((v) => tariffs.find((t) => t.value === v) as Tariff),
    naam: personName,
    email: emailAddress,
    postcode: belgianPostalCode,
    formulier: formToken,
  });
}

function findActivity(index: AgendaIndex, id: string | undefined): Activity {
  const activity = id ? index.get(id) : undefined;
  if (!activity) throw new VerwonderError('not_found', 'Deze activiteit staat niet in de agenda');
  return activity;
}

function renderEvent(
  res: Response,
  ctx: SiteContext,
  activity: Activity,
  form: { values: FieldValues; errors: FieldErrors },
): Promise<void> {
  const url = `${ctx.directory.agenda ?? ''}${eventPath(activity)}`;
  const slots = bookable(activity, ctx.now());
  const over = activity.calendar.type !== 'permanent' && slots.length === 0;
  const f = { values: form.values, errors: form.errors };
  const tariffs = tariffsOf(activity);
  return sendPage(
    res,
    ctx,
    {
      title: activity.title,
      description:
        activity.description?.slice(0, 160) ??
        `${activity.eventType.label.nl} in ${activity.venue.name}`,
      crumbs: [
        { label: 'Home', href: '/' },
        { label: 'Agenda', href: '/' },
        {
          label: activity.eventType.label.nl,
          href: `/?type=${encodeURIComponent(activity.eventType.id)}`,
        },
        { label: activity.title },
      ],
      jsonLd: [withContext(activityJsonLd(activity, url))],
      body: markup`<div class="container detail">
  ${activityDetail(activity, url, activity.eventType.label.nl, ctx.now())}
  <aside class="detail__aside panel" aria-labelledby="tickets-titel">
    <h2 id="tickets-titel">${activity.price.isFree ? 'Reserveer je plaats' : 'Tickets'}</h2>
    ${
      over
        ? markup`<p>Deze activiteit is voorbij. <a href="/?type=${activity.eventType.id}">Bekijk gelijkaardige activiteiten</a>.</p>`
        : markup`${errorSummary(form.errors)}
    <form method="post" action="${eventPath(activity)}/tickets" novalidate>
      ${formTokenField(form.values)}
      ${
        activity.calendar.type === 'multiple'
          ? selectField({
              name: 'voorstelling',
              label: 'Datum',
              required: true,
              options: slots.map((s) => ({ value: s.start, label: formatSpan(s.start, s.end) })),
              ...f,
            })
          : ''
      }
      ${radioGroup({ name: 'tarief', label: 'Tarief', required: true, options: tariffs.map((t) => ({ value: t.value, label: t.label })), ...f })}
      ${inputField({ name: 'aantal', label: 'Aantal tickets', type: 'number', inputmode: 'numeric', min: '1', max: String(MAX_TICKETS), required: true, defaultValue: '1', ...f })}
      <fieldset>
        <legend>Jouw gegevens</legend>
        ${inputField({ name: 'naam', label: 'Naam', autocomplete: 'name', required: true, maxlength: 100, ...f })}
        ${inputField({ name: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'email', inputmode: 'email', required: true, maxlength: 200, hint: 'Je tickets komen in je mailbox.', ...f })}
        ${inputField({ name: 'postcode', label: 'Postcode', autocomplete: 'postal-code', inputmode: 'numeric', required: true, maxlength: 4, ...f })}
      </fieldset>
      <button class="button button--primary button--block" type="submit">${activity.price.isFree ? 'Reserveer' : 'Bestel tickets'}</button>
    </form>`
    }
  </aside>
</div>`,
    },
    Object.keys(form.errors).length ? 400 : 200,
  );
}

export function eventPage(ctx: SiteContext, index: AgendaIndex) {
  return async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    await renderEvent(res, ctx, findActivity(index, req.params.id), { values: {}, errors: {} });
  };
}

export function orderTickets(ctx: SiteContext, index: AgendaIndex) {
  return async (req: Request<{ id: string }>, res: Response): Promise<void> => {
    const activity = findActivity(index, req.params.id);
    const slots = bookable(activity, ctx.now());
    if (activity.calendar.type !== 'permanent' && slots.length === 0) {
      throw new VerwonderError(
        'invalid_input',
        'Deze activiteit is voorbij; er zijn geen tickets meer',
      );
    }
    const form = parseForm(ticketSchema(activity, slots), req.body);
    if (!form.ok) return renderEvent(res, ctx, activity, form);
    const { aantal, tarief, naam, email, voorstelling } = form.data;
    const slot = slots.find((s) => s.start === voorstelling) ?? slots[0];
    const code = confirmationCode('T', form.data.formulier);
    // With a connected vault (tickets:write) the purchase is also kept in the person's own pod.
    const saved = await ctx.vault?.write(
      req,
      'tickets',
      ticketRecord(
        activity,
        ctx.directory.agenda ?? '',
        aantal,
        tarief.label,
        tarief.amount ? tarief.amount * aantal : undefined,
      ),
      // The form's token, not the number: retries of one form are one record in the pod.
      form.data.formulier,
    );
    await sendPage(res, ctx, {
      title: 'Bestelling bevestigd',
      crumbs: [
        { label: 'Home', href: '/' },
        { label: activity.title, href: eventPath(activity) },
        { label: 'Bevestiging' },
      ],
      body: markup`<div class="container page-message">
  <div class="confirmation" role="status">
    <h1>Bedankt, ${naam}!</h1>
    <p>Je ${aantal === 1 ? 'ticket' : 'tickets'} voor <strong>${activity.title}</strong> ${aantal === 1 ? 'is' : 'zijn'} besteld.</p>
    <dl class="facts facts--stacked">
      <div><dt>Bestelnummer</dt><dd>${code}</dd></div>
      ${slot ? markup`<div><dt>Wanneer</dt><dd>${formatSpan(slot.start, slot.end)}</dd></div>` : ''}
      <div><dt>Waar</dt><dd>${activity.venue.name}, ${activity.venue.address.street}</dd></div>
      <div><dt>Tickets</dt><dd>${aantal} × ${tarief.label}</dd></div>
      <div><dt>Totaal</dt><dd>${tarief.amount ? formatEuro(tarief.amount * aantal) : 'Gratis'}</dd></div>
    </dl>
    <p>We stuurden je tickets naar <strong>${email}</strong>.</p>
    ${vaultWriteNote(saved, 'Je aankoop')}
    <p><a class="button" href="/">Terug naar de agenda</a></p>
  </div>
</div>`,
    });
  };
}
