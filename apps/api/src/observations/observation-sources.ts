import { withdrawnVersionsBefore } from '@koers/db';

/**
 * Which observations a read sees, in one place for the observation downloads and the indicator reads: the newest
 * publication of every figure, or the one current on an as-of date (`koers.as_of`, a transaction-local setting,
 * so the same constant SQL serves COPY, which takes no bind parameters). `o` is the observation alias.
 */
// The view leaves out the figures of withdrawn uploaded files.
export const CURRENT_SOURCE = 'current_observation o';

/**
 * The same DISTINCT ON as the view, over the versions published by the end of `day` (a SQL date expression: a
 * setting for COPY, a bind parameter elsewhere), Dutch time; outer filters on its key reach inside.
 */
export function asOfSource(day: string): string {
  const end = `((${day} + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`;
  // A file withdrawn after that day still counted then; one withdrawn by then did not.
  return `(
    SELECT DISTINCT ON (measure_id, region_code, period_code) * FROM observation
    WHERE published_at < ${end} AND publication_version NOT IN (${withdrawnVersionsBefore(end)})
    ORDER BY measure_id, region_code, period_code, published_at DESC, id DESC) o`;
}

export const AS_OF_SOURCE = asOfSource(`current_setting('koers.as_of')::date`);

// Illustrative is a fact about the uploaded file a figure came from (its publication version is the file's sha256).
export const DEMO = `EXISTS (SELECT 1 FROM uploaded_file f WHERE f.sha256 = o.publication_version AND f.demo)`;
