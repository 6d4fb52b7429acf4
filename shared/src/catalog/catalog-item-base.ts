import { z } from 'zod';
import { Medium } from '../model/medium.ts';
import { Audience } from './audience.ts';
import { Provider } from './provider.ts';
import { ThemeTerm } from './taxonomy-term.ts';

/** Fields every catalogue item has, books and activities alike. */
export const catalogItemBaseShape = {
  id: z.string().min(1),
  title: z.string().min(1),
  description: z.string().min(1).optional(),
  medium: Medium,
  /** UiTdatabank theme terms, for books derived through the genre-theme bridge. */
  themes: z.array(ThemeTerm),
  /** Free genre keys: goodbooks genres for books, programme genres for activities. */
  genres: z.array(z.string().min(1)),
  tags: z.array(z.string().min(1)),
  provider: Provider,
  audience: Audience,
  /** Relative popularity, >= 0; comparable within one kind only. */
  popularity: z.number().nonnegative(),
};
