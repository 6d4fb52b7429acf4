import http from 'node:http';
import net from 'node:net';
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

/** The answer to `req`, once its body has been read. */
function answerOf(req: http.ClientRequest): Promise<Answer> {
  return new Promise((resolve, reject) => {
    req.on('response', (res) => {
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
  });
}

function post(agent: http.Agent, url: string, who: SignedIn, body: string): Promise<Answer> {
  const req = http.request(url, { method: 'POST', agent, headers: who.headers() });
  const answer = answerOf(req);
  req.end(body);
  return answer;
}

/**
 * A write whose headers (Expect: 100-continue) the server has taken up, so its connection is busy
 * for certain, whose body goes out only on `send()`: the one request the test knows is in flight
 * when the signal lands, whatever the scheduling of the looping clients.
 */
async function heldPost(agent: http.Agent, url: string, who: SignedIn, body: string) {
  const req = http.request(url, {
    method: 'POST',
    agent,
    headers: who.headers({ expect: '100-continue', 'content-length': String(body.length) }),
  });
  const closed = new Promise<boolean>((resolve) =>
    req.once('socket', (socket) => socket.once('close', () => resolve(true))),
  );
  const answer = answerOf(req);
  req.flushHeaders();
  await new Promise((resolve) => req.once('continue', resolve));
  return {
    /** True when the agent sent it on a connection kept alive from an earlier request. */
    reused: req.reusedSocket,
    send: () => (req.end(body), answer),
    /** Resolves once the connection is closed (by the server: the client keeps it alive). */
    closed,
  };
}

/** Resolves once `url` refuses new connections: the process has acted on its signal. */
async function refusing(url: string, limitMs = 10_000): Promise<void> {
  const { hostname, port } = new URL(url);
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = net.connect(Number(port), hostname);
      socket.once('connect', () => (socket.destroy(), resolve(false)));
      socket.once('error', () => resolve(true));
    });
    if (refused) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`${url} still accepted connections after ${limitMs} ms`);
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
      // The looping clients may all sit between an answer and their next request when the signal
      // lands (their answers on the way, the test process not yet scheduled): the server then rightly
      // closes all four as idle, and no answer says `connection: close`. This keep-alive connection,
      // after one write, is busy for certain: its second write's headers are taken up, its body waits.
      const heldAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      const before = await post(
        heldAgent,
        `${vault.url}/pods/ada/loans/`,
        ada,
        JSON.stringify(loan('held-0')),
      );
      const held = await heldPost(
        heldAgent,
        `${vault.url}/pods/ada/loans/`,
        ada,
        JSON.stringify(loan('held-1')),
      );
      vault.child.kill('SIGTERM');
      signalled = true;
      await refusing(vault.url);
      const heldAnswer = await held.send();
      await Promise.all(clients);
      agent.destroy();

      // The busy connection got its answer, told it is the last, and was closed by the server.
      expect(before.connection).not.toBe('close');
      expect(held.reused).toBe(true);
      expect(heldAnswer).toMatchObject({ status: 201, connection: 'close' });
      expect(await held.closed).toBe(true);
      heldAgent.destroy();

      // The clients were stopped by the server (closed, then refused), not by their own cap.
      expect(afterSignal).toBeLessThan(1500);
      expect(await vault.exited).toBe(0);
      expect(answers.every((answer) => answer.status === 201)).toBe(true);
      const ids = [...answers, before, heldAnswer].map((a) => a.location!.split('/').pop()!);
      const db = await cluster.storage();
      const [row] = await db.driver.all('SELECT COUNT(*) AS n FROM records WHERE pod = ?', ['ada']);
      expect(Number(row!.n)).toBe(ids.length);
    });
  },
);
