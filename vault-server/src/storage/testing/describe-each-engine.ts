import { describe } from 'vitest';

import { postgresEnabled, TEST_ENGINES, type TestEngineName } from './test-engines.ts';

export type EngineSuite = (title: string, body: (engine: TestEngineName) => void) => void;

/**
 * describe.each over SQLite and PostgreSQL ('%s' in the title is the engine), where a PostgreSQL
 * suite that cannot run is reported as skipped rather than left out of the run.
 * Usage: `const describeEachEngine = await engineSuites();` at the top of the test file.
 */
export async function engineSuites(): Promise<EngineSuite> {
  const postgres = await postgresEnabled();
  return (title, body) => {
    for (const engine of TEST_ENGINES) {
      describe.skipIf(engine === 'postgres' && !postgres)(title.replace('%s', engine), () =>
        body(engine),
      );
    }
  };
}
