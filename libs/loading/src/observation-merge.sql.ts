import { WITHDRAWN_VERSIONS_SQL } from '@koers/db';

// The revision-aware merge of the staged figures into `observation`, as one set-based statement.

const COLUMNS = 'measure_id, region_code, period_code, period_start, period_end, value, missing_reason, status';

function current(where: string): string {
  return `WITH touched AS (SELECT DISTINCT measure_id FROM staging_observation),
    current AS (
      SELECT DISTINCT ON (o.measure_id, o.region_code, o.period_code) o.measure_id, o.region_code, o.period_code,
             o.value, o.missing_reason, o.status
      FROM observation o JOIN touched t ON t.measure_id = o.measure_id
      ${where}
      ORDER BY o.measure_id, o.region_code, o.period_code, o.published_at DESC, o.id DESC
    )`;
}

const SAME_KEY = 'c.measure_id = s.measure_id AND c.region_code = s.region_code AND c.period_code = s.period_code';

/** A staged figure `s` that is new or differs from the current version `c`. */
const DIFFERS = `c.measure_id IS NULL OR c.value IS DISTINCT FROM s.value OR c.missing_reason IS DISTINCT FROM s.missing_reason OR c.status <> s.status`;

const INSERT = `INSERT INTO observation (${COLUMNS}, publication_version, published_at, run_id)`;

/** Inserts only the figures that differ from the newest stored version; the row count is what changed. */
export const MERGE_CHANGED_SQL = `${current('')}
  ${INSERT}
  SELECT ${COLUMNS.split(', ')
    .map((c) => `s.${c}`)
    .join(', ')}, $1, $2, $3
  FROM staging_observation s LEFT JOIN current c ON ${SAME_KEY}
  WHERE ${DIFFERS}
  ON CONFLICT ON CONSTRAINT observation_natural_key DO NOTHING`;

/**
 * Inserts every figure under the new version, so the version holds all of its figures and withdrawing an earlier
 * one cannot take any of them away; answers how many differ from the current version (withdrawn ones left out).
 * Every part of one statement sees the data as it was before it, so `current` is the state before the insert.
 */
export const MERGE_EVERY_SQL = `${current(`WHERE o.publication_version NOT IN (${WITHDRAWN_VERSIONS_SQL})`)},
  written AS (
    ${INSERT}
    SELECT ${COLUMNS}, $1, $2, $3 FROM staging_observation
    ON CONFLICT ON CONSTRAINT observation_natural_key DO NOTHING
    RETURNING ${COLUMNS}
  )
  SELECT count(*)::int AS changed FROM written s LEFT JOIN current c ON ${SAME_KEY} WHERE ${DIFFERS}`;
