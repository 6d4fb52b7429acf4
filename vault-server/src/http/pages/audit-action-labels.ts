import type { AuditAction } from '@verwonder/shared';
import type { Lang } from './messages.ts';

/** What each audit action means, in words for the owner's log (the code stays the filter's value). */
export const AUDIT_ACTION_LABELS: Record<AuditAction, Record<Lang, string>> = {
  'account-created': { nl: 'Account aangemaakt', en: 'Account created' },
  'sign-in': { nl: 'Aangemeld', en: 'Signed in' },
  'sign-out': { nl: 'Afgemeld', en: 'Signed out' },
  'sessions-revoked': { nl: 'Sessie beëindigd', en: 'Session ended' },
  'passkey-added': { nl: 'Passkey toegevoegd', en: 'Passkey added' },
  'passkey-renamed': { nl: 'Passkey hernoemd', en: 'Passkey renamed' },
  'passkey-removed': { nl: 'Passkey verwijderd', en: 'Passkey removed' },
  'recovery-codes-created': { nl: 'Nieuwe herstelcodes', en: 'New recovery codes' },
  'recovery-code-used': { nl: 'Herstelcode gebruikt', en: 'Recovery code used' },
  'record-created': { nl: 'Gegeven toegevoegd', en: 'Record added' },
  'record-read': { nl: 'Gegeven gelezen', en: 'Record read' },
  'records-listed': { nl: 'Gegevens opgevraagd', en: 'Records listed' },
  'record-updated': { nl: 'Gegeven gewijzigd', en: 'Record changed' },
  'record-deleted': { nl: 'Gegeven gewist', en: 'Record deleted' },
  'records-imported': { nl: 'Gegevens geïmporteerd', en: 'Records imported' },
  'dna-read': { nl: 'Cultuur-DNA gelezen', en: 'Cultural DNA read' },
  'suggestions-ranked': { nl: 'Voorstellen gerangschikt', en: 'Suggestions ranked' },
  'grant-created': { nl: 'Toegang gegeven', en: 'Access granted' },
  'grant-revoked': { nl: 'Toegang ingetrokken', en: 'Access revoked' },
  'token-issued': { nl: 'Toegangssleutel uitgereikt', en: 'Access token issued' },
  export: { nl: 'Alles geëxporteerd', en: 'Everything exported' },
  'pod-imported': { nl: 'Export teruggezet', en: 'Export restored' },
  erasure: { nl: 'Gewist', en: 'Erased' },
  'retention-changed': { nl: 'Bewaartermijn gewijzigd', en: 'Retention changed' },
  'retention-purge': { nl: 'Opruiming na bewaartermijn', en: 'Clean-up after retention' },
  'personalisation-changed': {
    nl: 'Gebruik voor persoonlijke voorstellen gewijzigd',
    en: 'Use for personal suggestions changed',
  },
  'key-rotated': { nl: 'Sleutel vernieuwd', en: 'Key renewed' },
  refused: { nl: 'Geweigerd', en: 'Refused' },
};
