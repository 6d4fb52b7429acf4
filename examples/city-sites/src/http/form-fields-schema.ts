import { z } from 'zod';

/** Field schemas shared by the forms of the three sites (same names, so autofill works across them). */
export const personName = z
  .string({ error: 'Vul je naam in.' })
  .trim()
  .min(2, { error: 'Vul je naam in (minstens 2 tekens).' })
  .max(100, { error: 'Je naam is te lang (maximaal 100 tekens).' });

export const emailAddress = z
  .string({ error: 'Vul je e-mailadres in.' })
  .trim()
  .min(1, { error: 'Vul je e-mailadres in.' })
  .pipe(z.email({ error: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.' }));

export const belgianPostalCode = z
  .string({ error: 'Vul je postcode in.' })
  .trim()
  .regex(/^[1-9]\d{3}$/, { error: 'Een Belgische postcode heeft 4 cijfers, bijvoorbeeld 2000.' });

/** A-kaart numbers are 13 digits; spaces as printed on the card are allowed. */
export const aKaartNumber = z
  .string({ error: 'Vul je A-kaartnummer in.' })
  .transform((s) => s.replace(/\s+/g, ''))
  .pipe(z.string().regex(/^\d{13}$/, { error: 'Een A-kaartnummer bestaat uit 13 cijfers.' }));

export const optionalAKaartNumber = z
  .string()
  .optional()
  .transform((s) => (s ?? '').replace(/\s+/g, ''))
  .pipe(
    z.union([
      z.literal(''),
      z.string().regex(/^\d{13}$/, { error: 'Een A-kaartnummer bestaat uit 13 cijfers.' }),
    ]),
  )
  .transform((s) => s || undefined);

export function wholeNumber(label: string, min: number, max: number) {
  return z
    .string({ error: `Vul ${label} in.` })
    .trim()
    .regex(/^\d{1,3}$/, { error: `Vul ${label} in als getal.` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: `Kies ${label} tussen ${min} en ${max}.` });
}

export const mustAccept = z.literal('ja', { error: 'Je moet akkoord gaan om verder te gaan.' });
