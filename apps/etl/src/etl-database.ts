import type { DatabaseModuleOptions } from '@koers/db/nest';

/** The ETL's connections: few, because a load is one transaction at a time (plus a lock and a listener of its own). */
export const ETL_DATABASE: DatabaseModuleOptions = { applicationName: 'koers-etl', maxConnections: 4 };
