/**
 * Content script -> background: completions for what the person typed in the site's own search
 * field. Answered in the worker from the public vocabulary and the person's records; nothing goes
 * to the site until the person picks one (see content/search-completion.ts).
 */
import {
  array,
  enum as enumOf,
  literal,
  maxLength,
  string,
  strictObject,
  type infer as Infer,
} from 'zod/mini';

export const CompleteRequestSchema = strictObject({
  type: literal('verwonder/complete'),
  text: string().check(maxLength(100)),
  /** Which demo site the page is (its body class), or a page of another site. */
  site: enumOf(['library', 'agenda', 'museum', 'page']),
});
export type CompleteRequest = Infer<typeof CompleteRequestSchema>;

export const CompletionSchema = strictObject({
  label: string().check(maxLength(200)),
  kind: enumOf(['eventtype', 'theme', 'genre', 'bookgenre', 'word', 'author']),
  why: string().check(maxLength(500)),
});

export const CompleteResponseSchema = strictObject({
  completions: array(CompletionSchema).check(maxLength(8)),
});
export type CompleteResponse = Infer<typeof CompleteResponseSchema>;
