/**
 * A granted scope in the person's words, as the vault's consent page titles it (shared's
 * scope-title.ts): "Je bibliotheekuitleningen lezen", never "loans:read"; a scope this version does
 * not know is shown as it is.
 */
import { scopeTitle } from '@verwonder/shared/model/scope-title.ts';

import type { Language } from '../control/settings.ts';

export function scopeLabel(scope: string, language: Language): string {
  return scopeTitle(scope, language) ?? scope;
}
