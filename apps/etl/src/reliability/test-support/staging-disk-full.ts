import type { Pool } from 'pg';

/**
 * A full disk under the staging COPY, simulated. PostgreSQL's `temp_file_limit` does not count temporary tables
 * (only sort, hash and cursor spill files), so it cannot make the staging COPY fail; filling a real disk would
 * need a mount of its own. Instead an event trigger gives every `staging_observation` created in this database a
 * row trigger that, at staged row `afterRows`, raises what PostgreSQL raises when a relation file cannot be
 * extended: SQLSTATE 53100 (disk_full), "could not extend file …: No space left on device". The error reaches the
 * loader in the middle of its COPY, as a real full disk's would. Needs a superuser (the embedded test server).
 */
export async function simulateDiskFullOnStaging(pool: Pool, afterRows: number): Promise<() => Promise<void>> {
  await pool.query(`
    CREATE FUNCTION koers_test_disk_full_row() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE staged int := coalesce(nullif(current_setting('koers_test.staged', true), ''), '0')::int + 1;
    BEGIN
      PERFORM set_config('koers_test.staged', staged::text, true);
      IF staged >= ${Number(afterRows)} THEN
        RAISE EXCEPTION 'could not extend file "base/%/t3_%": No space left on device', 16384, staged
          USING ERRCODE = 'disk_full', HINT = 'Check free disk space.';
      END IF;
      RETURN NEW;
    END $$`);
  await pool.query(`
    CREATE FUNCTION koers_test_disk_full_attach() RETURNS event_trigger LANGUAGE plpgsql AS $$
    DECLARE created record;
    BEGIN
      FOR created IN SELECT object_identity FROM pg_event_trigger_ddl_commands()
                     WHERE command_tag = 'CREATE TABLE' AND object_identity LIKE 'pg_temp%.staging_observation' LOOP
        EXECUTE format('CREATE TRIGGER koers_test_disk_full BEFORE INSERT ON %s FOR EACH ROW EXECUTE FUNCTION koers_test_disk_full_row()', created.object_identity);
      END LOOP;
    END $$`);
  await pool.query(
    `CREATE EVENT TRIGGER koers_test_disk_full ON ddl_command_end WHEN TAG IN ('CREATE TABLE') EXECUTE FUNCTION koers_test_disk_full_attach()`,
  );
  return async () => {
    await pool.query('DROP EVENT TRIGGER koers_test_disk_full');
    await pool.query('DROP FUNCTION koers_test_disk_full_attach()');
    await pool.query('DROP FUNCTION koers_test_disk_full_row()');
  };
}
