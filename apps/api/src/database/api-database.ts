import type { DatabaseModuleOptions } from '@koers/db/nest';

/** The API's connections: reads in parallel for many requests, an upload's load, the data-version check. */
export const API_DATABASE: DatabaseModuleOptions = { applicationName: 'koers-api', maxConnections: 10 };
