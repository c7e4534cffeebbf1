/**
 * The publication versions that no longer count: the sha256 of every withdrawn uploaded file. A withdrawal
 * deletes nothing; the reads leave these versions out, so the version before is current again. The one home of
 * the rule for the loader's merge and the API's as-of reads (the `current_observation` view, written by a
 * migration, holds its own copy: migrations are never rewritten).
 */
export const WITHDRAWN_VERSIONS_SQL = `SELECT sha256::text FROM uploaded_file WHERE withdrawn_at IS NOT NULL`;

/** The versions withdrawn before `moment` (a SQL timestamptz expression): as of that moment they did not count. */
export function withdrawnVersionsBefore(moment: string): string {
  return `SELECT sha256::text FROM uploaded_file WHERE withdrawn_at < ${moment}`;
}
