/**
 * Issue 13, item 1 figure: reads of two pods through one and through two vault processes on one
 * PostgreSQL schema, 10 connections per process, loopback only.
 *
 *   node --import tsx test/multi-process/bench-reads.ts [seconds=10]
 */
import autocannon from 'autocannon';
import { loan, startCluster, type VaultProcess } from './vault-processes.ts';

const seconds = Number(process.argv[2] ?? 10);
const cluster = await startCluster();
try {
  const first = await cluster.spawn();
  await first.healthy();
  const pods: { cookie: string; path: string }[] = [];
  for (const name of ['ada', 'bert']) {
    const who = await cluster.signUp(name);
    const created = await fetch(`${first.url}/pods/${name}/loans/`, {
      method: 'POST',
      headers: who.headers(),
      body: JSON.stringify(loan(`${name}-book`)),
    });
    const id = created.headers.get('location')!.split('/').pop()!;
    pods.push({ cookie: who.cookie, path: `/pods/${name}/loans/${id}` });
  }
  const load = (vault: VaultProcess) =>
    autocannon({
      url: vault.url,
      connections: 10,
      duration: seconds,
      requests: pods.map((pod) => ({
        method: 'GET',
        path: pod.path,
        headers: { cookie: pod.cookie, accept: 'application/json' },
      })),
    });
  const report = (label: string, results: autocannon.Result[]) => {
    const total = results.reduce((n, r) => n + r.requests.total, 0);
    const failed = results.reduce((n, r) => n + r.non2xx + r.errors + r.timeouts, 0);
    console.log(`${label}: ${total} requests in ${seconds} s, ${failed} not 2xx`);
  };
  report('one process ', [await load(first)]);
  const second = await cluster.spawn();
  await second.healthy();
  report('two processes', await Promise.all([load(first), load(second)]));
} finally {
  await cluster.dispose();
}
