import type { Pool, PoolClient, QueryResultRow } from 'pg';

/**
 * Opens a read-only transaction on one snapshot and binds request values as transaction-local settings
 * (`set_config(name, value, true)`, itself a bound query), for constant SQL that reads them with
 * `current_setting(name)`: the way values reach a COPY, which takes no bind parameters.
 */
export async function beginReadOnly(client: PoolClient, settings: Readonly<Record<string, string>>): Promise<void> {
  await client.query('BEGIN TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const names = Object.keys(settings);
  if (names.length === 0) return;
  await client.query('SELECT set_config(name, value, true) FROM unnest($1::text[], $2::text[]) AS s(name, value)', [
    names,
    names.map((name) => settings[name]!),
  ]);
}

/** Runs one constant query with its settings in a read-only transaction. */
export async function queryWithSettings<T extends QueryResultRow>(
  pool: Pool,
  sql: string,
  settings: Readonly<Record<string, string>>,
): Promise<T[]> {
  const client = await pool.connect();
  try {
    await beginReadOnly(client, settings);
    const { rows } = await client.query<T>(sql);
    await client.query('COMMIT');
    return rows;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
