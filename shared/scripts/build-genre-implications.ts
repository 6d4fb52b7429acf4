/** Rebuilds shared/src/interests/genre-implications.json from the committed catalogue. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { catalogData } from '../src/catalog/catalog-data.ts';
import { computeGenreImplications } from '../src/interests/genre-implications.ts';

const file = fileURLToPath(new URL('../src/interests/genre-implications.json', import.meta.url));
writeFileSync(
  file,
  `${JSON.stringify(computeGenreImplications(catalogData().books()), null, 2)}\n`,
);
console.log(`wrote ${file}`);
