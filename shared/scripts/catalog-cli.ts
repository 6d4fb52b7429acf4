/**
 * The demo catalogue from the command line:
 *   npm run catalog -- stats [--json] [--dir DIR]
 *   npm run catalog -- validate [--dir DIR]
 *   npm run catalog -- build [--data DIR] [--out DIR]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CATALOG_DATA_DIR, openCatalog } from '../src/catalog/catalog-data.ts';
import { catalogStats } from '../src/catalog/catalog-stats.ts';
import { validateCatalog } from '../src/catalog/validate-catalog.ts';
import { DEFAULT_DATA_DIR, runBuild } from './build-catalog.ts';

const USAGE = `usage: npm run catalog -- <command> [options]
  stats [--json] [--dir DIR]     counts of books, events, venues, event types, themes, personas
  validate [--dir DIR]           check every item; exits 1 on any problem
  build [--data DIR] [--out DIR] rebuild the catalogue from the reference data (default ${DEFAULT_DATA_DIR})`;

export function main(argv: string[]): number {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      dir: { type: 'string' },
      data: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command] = positionals;
  const dir = values.dir ? resolve(values.dir) : CATALOG_DATA_DIR;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 1;
  }
  switch (command) {
    case 'stats': {
      const stats = catalogStats(openCatalog(dir));
      if (values.json) console.log(JSON.stringify(stats));
      else {
        const rows: [string, number][] = [
          ['books', stats.books],
          ['events', stats.events],
          ['venues', stats.venues],
          ['event types (used)', stats.eventTypes],
          ['themes (used)', stats.themes],
          ['personas', stats.personas],
        ];
        for (const [label, n] of rows) console.log(`${label.padEnd(20)} ${String(n).padStart(7)}`);
      }
      return 0;
    }
    case 'validate': {
      const issues = validateCatalog(dir);
      for (const i of issues.slice(0, 200)) console.error(`✗ ${i.where}: ${i.message}`);
      if (issues.length > 200) console.error(`… and ${issues.length - 200} more`);
      if (issues.length > 0) {
        console.error(`${issues.length} problem(s) in ${dir}`);
        return 1;
      }
      console.log(`catalogue in ${dir} is valid`);
      return 0;
    }
    case 'build':
      runBuild(
        values.data ? resolve(values.data) : DEFAULT_DATA_DIR,
        values.out ? resolve(values.out) : CATALOG_DATA_DIR,
      );
      return 0;
    default:
      console.error(`unknown command ${command}\n${USAGE}`);
      return 1;
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
