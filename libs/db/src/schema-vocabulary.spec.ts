import { Client } from 'pg';
import { EVIDENCE_LEVELS, SPECIFIED_UPLOAD_KINDS } from '@koers/indicators';
import { API_ROLES, REGION_LEVELS, RUN_REQUEST_STATUSES, RUN_STATUSES, RUN_TRIGGERS, SOURCE_PROVIDERS } from './schema-vocabulary';
import { TestDatabase, createMigratedTestDatabase } from './test-support/test-database';

// The closed sets the code writes are the ones the migrated schema's CHECK constraints allow: a kind, role or status
// added in one place and not the other fails here, not on a user's first upload.

/** The values a `column IN (…)` CHECK allows, as PostgreSQL keeps it (`= ANY (ARRAY['a'::text, …])`). */
function allowedValues(definition: string): string[] {
  return [...definition.matchAll(/'([^']*)'::/g)].map((match) => match[1]!).sort();
}

describe('the schema vocabulary against the migrated schema', () => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await createMigratedTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.each<[string, readonly string[]]>([
    ['api_key_role_check', API_ROLES],
    ['etl_run_trigger_check', RUN_TRIGGERS],
    ['etl_run_status_check', RUN_STATUSES],
    ['region_level_check', REGION_LEVELS],
    ['run_request_status_check', RUN_REQUEST_STATUSES],
    ['source_table_provider_check', SOURCE_PROVIDERS],
    ['source_table_evidence_check', EVIDENCE_LEVELS],
    ['uploaded_file_kind_check', SPECIFIED_UPLOAD_KINDS],
  ])('should allow exactly the values of the code when %s is read from the database', async (constraint, values) => {
    const { rows } = await client.query<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = $1`,
      [constraint],
    );
    expect(rows).toHaveLength(1);
    expect(allowedValues(rows[0]!.definition)).toEqual([...values].sort());
  });
});
