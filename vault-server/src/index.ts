export { startVault, type StartVaultOptions, type RunningVault } from './start-vault.ts';
export { loadConfig, type VaultConfig } from './config/vault-config.ts';
