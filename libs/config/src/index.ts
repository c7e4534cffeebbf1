export { loadConfig, InvalidConfigError, childEnvironment } from './koers-config';
export type { KoersConfig, DatabaseSetting } from './koers-config';
export type { Env } from './config.schema';
export { findWorkspaceRoot } from './workspace-root';
export type { TrustProxySetting, TrustedRangeName } from './trust-proxy';
