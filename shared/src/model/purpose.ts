import { z } from 'zod';
import type { LocalizedText } from './localized-text.ts';

/** Purposes are W3C Data Privacy Vocabulary terms (https://w3id.org/dpv), written as CURIEs. */
export const PURPOSES = [
  'dpv:ProvidePersonalisedRecommendations',
  'dpv:ProvideEventRecommendations',
  'dpv:ProvideProductRecommendations',
  'dpv:ServicePersonalisation',
  'dpv:ServiceProvision',
  'dpv:ImproveExistingProductsAndServices',
] as const;

export const Purpose = z.enum(PURPOSES);
export type Purpose = z.infer<typeof Purpose>;

export const DPV_NAMESPACE = 'https://w3id.org/dpv#';

export const PURPOSE_LABELS: Record<Purpose, LocalizedText> = {
  'dpv:ProvidePersonalisedRecommendations': {
    nl: 'Je persoonlijke aanbevelingen geven',
    en: 'Give you personalised recommendations',
  },
  'dpv:ProvideEventRecommendations': {
    nl: 'Je activiteiten en evenementen aanbevelen',
    en: 'Recommend activities and events to you',
  },
  'dpv:ProvideProductRecommendations': {
    nl: 'Je boeken en andere media aanbevelen',
    en: 'Recommend books and other media to you',
  },
  'dpv:ServicePersonalisation': {
    nl: 'De website aan jou aanpassen',
    en: 'Adapt the website to you',
  },
  'dpv:ServiceProvision': {
    nl: 'De dienst leveren die je vraagt (uitlening, ticket, bezoek)',
    en: 'Provide the service you ask for (loan, ticket, visit)',
  },
  'dpv:ImproveExistingProductsAndServices': {
    nl: 'Het aanbod verbeteren met je feedback',
    en: 'Improve the offer with your feedback',
  },
};

export function purposeIri(purpose: Purpose): string {
  return DPV_NAMESPACE + purpose.slice('dpv:'.length);
}
