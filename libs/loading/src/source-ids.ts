/** The ids the ETL's scheduled sources register under (their adapters use these), shared with the API, which
 * accepts run requests only for them. Municipal files load under their own id, `municipal-file`. */
export const CBS_SOURCE_ID = 'cbs';
export const INBOX_SOURCE_ID = 'inbox';
/** StatLine exports and third-party files, each described by a manifest (`data/snapshot/files/`). */
export const FILES_SOURCE_ID = 'files';
export const RUNNABLE_SOURCE_IDS = [CBS_SOURCE_ID, INBOX_SOURCE_ID, FILES_SOURCE_ID] as const;
export type RunnableSourceId = (typeof RUNNABLE_SOURCE_IDS)[number];

/** Sources whose run may be narrowed to one table (CBS: any StatLine table id; files: a manifest's table id). */
export const SOURCES_WITH_TABLES: readonly RunnableSourceId[] = [CBS_SOURCE_ID, FILES_SOURCE_ID];
