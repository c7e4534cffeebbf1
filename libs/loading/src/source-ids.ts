/** The ids the ETL's scheduled sources register under (their adapters use these), shared with the API, which
 * accepts run requests only for them. Municipal files load under their own id, `municipal-file`. */
export const CBS_SOURCE_ID = 'cbs';
export const INBOX_SOURCE_ID = 'inbox';
export const RUNNABLE_SOURCE_IDS = [CBS_SOURCE_ID, INBOX_SOURCE_ID] as const;
export type RunnableSourceId = (typeof RUNNABLE_SOURCE_IDS)[number];

/** Sources whose run may be narrowed to one table (CBS: any StatLine table id). */
export const SOURCES_WITH_TABLES: readonly RunnableSourceId[] = [CBS_SOURCE_ID];
