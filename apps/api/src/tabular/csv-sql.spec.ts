import { Client } from 'pg';
import { type TestDatabase, createTestDatabase } from '@koers/db/testing';
import { escapeText, sqlCsvText } from './csv.format';

// The CSV PostgreSQL writes for the observation exports and the CSV this API writes itself must escape alike.
describe('formula escaping in SQL', () => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it.each(['=SUM(A1)', '+31', '-', '-12', '@cmd', '\tx', '\rx', 'GM0106', '', "'quoted", 'a=b'])(
    'should prefix %p exactly as the JavaScript rule does when PostgreSQL writes the CSV',
    async (text) => {
      const { rows } = await client.query<{ cell: string }>(`SELECT ${sqlCsvText('$1::text')} AS cell`, [text]);
      const javascript = escapeText(text, ';').replace(/^"([\s\S]*)"$/, '$1');
      expect(rows[0]!.cell).toBe(javascript);
    },
  );

  it('should keep NULL as NULL when the value is missing', async () => {
    const { rows } = await client.query(`SELECT ${sqlCsvText('$1::text')} AS cell`, [null]);
    expect(rows[0].cell).toBeNull();
  });
});
