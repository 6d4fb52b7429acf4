import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresEnabled } from '../../vault-server/src/storage/testing/test-engines.ts';
import {
  loan,
  startCluster,
  type SignedIn,
  type VaultCluster,
  type VaultProcess,
} from './vault-processes.ts';

const enabled = await postgresEnabled();

interface Answer {
  status: number;
  connection: string | undefined;
  location: string | undefined;
}

function post(agent: http.Agent, url: string, who: SignedIn, body: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', agent, headers: who.headers() }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          location: res.headers.location,
        }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Issue 13, item 6: on SIGTERM a process kept serving busy keep-alive connections for as long as
 * clients kept them busy. A rolling restart needs it to stop taking work at once and drain, losing
 * nothing that was acknowledged.
 */
describe.runIf(enabled)(
  'a vault process receiving SIGTERM under keep-alive load',
  { timeout: 120_000 },
  () => {
    let cluster: VaultCluster;
    let vault: VaultProcess;
    let ada: SignedIn;

    beforeAll(async () => {
      cluster = await startCluster();
      [vault] = (await cluster.start(1)) as [VaultProcess];
      ada = await cluster.signUp('ada');
    });
    afterAll(async () => cluster?.dispose());

    it('slow shutdown: busy keep-alive connections are closed after their response and the process exits, every acknowledged write kept', async () => {
      const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
      const answers: Answer[] = [];
      let exited = false;
      void vault.exited.then(() => (exited = true));
      let signalled = false;
      let afterSignal = 0;
      // Four clients keep their connections busy with writes until the process is gone.
      const client = async (n: number) => {
        for (let i = 0; !exited; i += 1) {
          let answer: Answer;
          try {
            answer = await post(
              agent,
              `${vault.url}/pods/ada/loans/`,
              ada,
              JSON.stringify(loan(`c${n}-${i}`)),
            );
          } catch {
            return; // refused or closed before an answer: nothing was acknowledged
          }
          answers.push(answer);
          if (signalled) afterSignal += 1;
          // Keep going at most this long after the signal: the old code served these for ever.
          if (afterSignal >= 1500) return;
        }
      };
      const clients = Array.from({ length: 4 }, (_, n) => client(n));
      while (answers.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
      vault.child.kill('SIGTERM');
      signalled = true;
      await Promise.all(clients);
      agent.destroy();

      // The clients were stopped by the server (closed, then refused), not by their own cap.
      expect(afterSignal).toBeLessThan(1500);
      expect(await vault.exited).toBe(0);
      expect(answers.every((answer) => answer.status === 201)).toBe(true);
      expect(answers.some((answer) => answer.connection === 'close')).toBe(true);
      const ids = answers.map((answer) => answer.location!.split('/').pop()!);
      const db = await cluster.storage();
      const [row] = await db.driver.all('SELECT COUNT(*) AS n FROM records WHERE pod = ?', ['ada']);
      expect(Number(row!.n)).toBe(ids.length);
    });
  },
);
