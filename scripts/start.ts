/**
 * `npm start`: the vault (embedded SQLite under ./data, master key generated on first start), the
 * three demo city sites, and the insight parties (two aggregators and the collector with its
 * dashboard, each with its own database under ./data/insight), on their default ports. Stops
 * everything cleanly on SIGINT or SIGTERM.
 */
import { startCitySites } from '@verwonder/city-sites';
import {
  ensureDemoSourceKeys,
  insightRoutes,
  oauthRoutes,
  startInsight,
  startVault,
} from '@verwonder/vault-server';

// The demo sites identify with client documents on the loopback interface: a development setting.
const insight = await startInsight();
const vault = await startVault({
  env: { VAULT_ALLOW_LOOPBACK_CLIENTS: 'true', ...process.env },
  routes: [
    oauthRoutes(),
    insightRoutes({ leaderUrl: insight.leader.url, helperUrl: insight.helper.url }),
  ],
});
// The demo city systems sign link codes (npm run stream:link-code) with keys kept beside the data,
// unless the deployment names its own key file.
if (!process.env.VAULT_CITY_SOURCE_KEYS) {
  const { dataDir, citySourceKeysFile } = vault.context.config;
  await ensureDemoSourceKeys(dataDir, citySourceKeysFile);
}
// The aggregators accept only uploads signed by a vault they know: the operator's step, done here.
const uploadKey = (await (await fetch(new URL('/insight/upload-key', vault.url))).json()) as {
  jwk: unknown;
};
await insight.trustVault('verwonder-demo', uploadKey.jwk);
const sites = await startCitySites({ vault: { url: vault.url } });
console.log(`Verwonder-kluis        ${vault.url}`);
console.log(`Bibliotheek Antwerpen  ${sites.urls.library}`);
console.log(`UiT in Antwerpen       ${sites.urls.agenda}`);
console.log(`Musea Antwerpen        ${sites.urls.museum}`);
console.log(`Inzicht (dashboard)    ${insight.collector.url}`);
console.log(`Aggregatoren           ${insight.leader.url} ${insight.helper.url}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  await Promise.allSettled([sites.close(), vault.close(), insight.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
