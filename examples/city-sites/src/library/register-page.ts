import type { Request, Response } from 'express';
import { z } from 'zod';
import {
  aKaartNumber,
  belgianPostalCode,
  emailAddress,
  mustAccept,
  personName,
} from '../http/form-fields-schema.ts';
import { parseForm } from '../http/parse-form.ts';
import { sendPage, type SiteContext } from '../http/site-context.ts';
import { confirmationCode } from '../shared-ui/confirmation-code.ts';
import {
  checkboxField,
  errorSummary,
  inputField,
  type FieldErrors,
  type FieldValues,
} from '../shared-ui/form-fields.ts';
import { markup } from '../shared-ui/html.ts';

export const RegistrationForm = z.object({
  naam: personName,
  email: emailAddress,
  postcode: belgianPostalCode,
  akaartnummer: aKaartNumber,
  reglement: mustAccept,
});

const crumbs = [{ label: 'Home', href: '/' }, { label: 'Word lid' }];

function renderForm(
  res: Response,
  ctx: SiteContext,
  values: FieldValues = {},
  errors: FieldErrors = {},
): Promise<void> {
  const f = { values, errors };
  return sendPage(
    res,
    ctx,
    {
      title: 'Word lid van de bibliotheek',
      description: 'Schrijf je gratis in bij de Bibliotheek Antwerpen met je A-kaart.',
      activePath: '/registreren',
      crumbs,
      body: markup`<div class="container narrow">
  <h1>Word lid van de bibliotheek</h1>
  <p class="lead">Lid worden is gratis voor iedereen. Je gebruikt je A-kaart als bibliotheekkaart in alle bibliotheken van Antwerpen.</p>
  ${errorSummary(errors)}
  <form class="form panel" method="post" action="/registreren" novalidate>
    <fieldset>
      <legend>Jouw gegevens</legend>
      ${inputField({ name: 'naam', label: 'Naam', autocomplete: 'name', required: true, maxlength: 100, ...f })}
      ${inputField({ name: 'email', label: 'E-mailadres', type: 'email', autocomplete: 'email', inputmode: 'email', required: true, maxlength: 200, ...f })}
      ${inputField({ name: 'postcode', label: 'Postcode', autocomplete: 'postal-code', inputmode: 'numeric', required: true, maxlength: 4, hint: 'Bijvoorbeeld 2000 of 2140', ...f })}
      ${inputField({ name: 'akaartnummer', label: 'A-kaartnummer', inputmode: 'numeric', required: true, maxlength: 20, hint: '13 cijfers, op de achterkant van je A-kaart', ...f })}
    </fieldset>
    ${checkboxField({ name: 'reglement', label: 'Ik ga akkoord met het bibliotheekreglement en de privacyverklaring.', required: true, ...f })}
    <button class="button button--primary" type="submit">Inschrijven</button>
  </form>
</div>`,
    },
    Object.keys(errors).length ? 400 : 200,
  );
}

export function registrationPage(ctx: SiteContext) {
  return (_req: Request, res: Response): Promise<void> => renderForm(res, ctx);
}

export function submitRegistration(ctx: SiteContext) {
  return async (req: Request, res: Response): Promise<void> => {
    const form = parseForm(RegistrationForm, req.body);
    if (!form.ok) return renderForm(res, ctx, form.values, form.errors);
    await sendPage(res, ctx, {
      title: 'Inschrijving gelukt',
      crumbs,
      body: markup`<div class="container page-message">
  <div class="confirmation" role="status">
    <h1>Welkom bij de bibliotheek, ${form.data.naam}!</h1>
    <p>Je inschrijving is gelukt. We stuurden een bevestiging naar <strong>${form.data.email}</strong>.</p>
    <dl class="facts facts--stacked">
      <div><dt>Lidnummer</dt><dd>${confirmationCode('L')}</dd></div>
      <div><dt>A-kaart</dt><dd>•••• ${form.data.akaartnummer.slice(-4)}</dd></div>
    </dl>
    <p><a class="button button--primary" href="/">Zoek je eerste boek</a></p>
  </div>
</div>`,
    });
  };
}
