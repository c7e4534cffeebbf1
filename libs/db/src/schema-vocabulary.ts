/**
 * The closed sets the schema's CHECK constraints hold the database to, for the code that writes and reads those
 * columns (upload kinds and evidence levels are the domain's: `SPECIFIED_UPLOAD_KINDS`, `EVIDENCE_LEVELS` of
 * @koers/indicators). The migrations spell each set out as it was when they ran (migrations are never rewritten); a
 * change here is a new migration that changes the CHECK too, and `schema-vocabulary.spec.ts` holds the two together.
 */
export const API_ROLES = ['viewer', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_ROLES)[number];

export const RUN_TRIGGERS = ['schedule', 'cli', 'api', 'startup'] as const;
export type RunTrigger = (typeof RUN_TRIGGERS)[number];

export const RUN_STATUSES = ['running', 'succeeded', 'failed', 'skipped'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

export const REGION_LEVELS = [
  'land',
  'landsdeel',
  'provincie',
  'corop',
  'arbeidsmarktregio',
  'gemeente',
  'wijk',
  'buurt',
  'overig',
] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const RUN_REQUEST_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type RunRequestStatus = (typeof RUN_REQUEST_STATUSES)[number];

export const SOURCE_PROVIDERS = ['cbs-v3', 'cbs-v4', 'file', 'municipal-file'] as const;
export type SourceProvider = (typeof SOURCE_PROVIDERS)[number];
export type SourceTableStatus = 'active' | 'discontinued';
