import { z } from 'zod';
import { VerwonderError } from '../errors/verwonder-error.ts';
import { DATA_CATEGORY_IDS, type DataCategoryId } from './data-category.ts';

/** `<category>:read|write` for records, `dna:read` for derived interests, `suggestions:rank` for ranking. */
export const SCOPES = [
  ...DATA_CATEGORY_IDS.flatMap((id) => [`${id}:read`, `${id}:write`] as const),
  'dna:read',
  'suggestions:rank',
] as const;

export const Scope = z.enum(SCOPES);
export type Scope = z.infer<typeof Scope>;

export type ScopeAccess = 'read' | 'write';

/** Parses an OAuth `scope` string (space separated, RFC 6749 §3.3); unknown scopes are an error. */
export function parseScopeString(value: string): Scope[] {
  const parts = value.split(' ').filter((part) => part.length > 0);
  const scopes: Scope[] = [];
  for (const part of parts) {
    const parsed = Scope.safeParse(part);
    if (!parsed.success) throw new VerwonderError('invalid_scope', `unknown scope "${part}"`);
    if (!scopes.includes(parsed.data)) scopes.push(parsed.data);
  }
  return scopes;
}

export function formatScopeString(scopes: readonly Scope[]): string {
  return [...new Set(scopes)].join(' ');
}

/** The category a record scope touches, or undefined for `dna:read` and `suggestions:rank`. */
export function scopeCategory(
  scope: Scope,
): { category: DataCategoryId; access: ScopeAccess } | undefined {
  const match = /^([a-z-]+):(read|write)$/.exec(scope);
  if (!match || match[1] === 'dna') return undefined;
  return { category: match[1] as DataCategoryId, access: match[2] as ScopeAccess };
}

export function hasScope(
  granted: readonly Scope[],
  category: DataCategoryId,
  access: ScopeAccess,
): boolean {
  return granted.includes(`${category}:${access}` as Scope);
}
