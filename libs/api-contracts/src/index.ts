/** The shapes of the API's JSON responses, shared by the API (which produces them) and the dashboard. */
export * from './common.contracts';
export * from './progress.contracts';
export * from './indicator.contracts';
export * from './ambition.contracts';
export * from './region.contracts';
export * from './observation.contracts';
export * from './download.contracts';
export * from './source.contracts';
export * from './etl-run.contracts';
export * from './auth.contracts';
export * from './upload.contracts';
export * from './run-request.contracts';
export * from './report.contracts';
export * from './chart-data.contracts';
export * from './data-version.contracts';
