/** The Nest binding of the configuration, apart from index.ts so the dashboard does not pull in Nest. */
export { ConfigModule, KOERS_CONFIG } from './config.module';
