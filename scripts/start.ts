/**
 * `npm start`: the demo city sites and (once present) the vault on their default ports, on the
 * embedded defaults. Stops everything cleanly on SIGINT or SIGTERM.
 */
import { startCitySites } from '@verwonder/city-sites';

const sites = await startCitySites();
console.log(`Bibliotheek Antwerpen  ${sites.urls.library}`);
console.log(`UiT in Antwerpen       ${sites.urls.agenda}`);
console.log(`Musea Antwerpen        ${sites.urls.museum}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: stopping`);
  await sites.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
