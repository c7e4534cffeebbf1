import { Client } from 'pg';

/**
 * Makes "a load between staging and commit" a place a test can stop at, without a hook in the loader: a second
 * connection holds `observation` in SHARE mode, which lets every read through but makes the merge's INSERT (or a
 * first load's COPY into `observation`) wait. A load that reaches it then waits there, its transaction open, until
 * `open()`.
 */
export class MergeGate {
  private isShut = true;

  private constructor(private readonly client: Client) {}

  static async shut(databaseUrl: string): Promise<MergeGate> {
    const client = new Client({ connectionString: databaseUrl, application_name: 'koers-test-merge-gate' });
    // Ended from outside when a failed test drops its database with the gate still shut.
    client.on('error', () => undefined);
    await client.connect();
    await client.query('BEGIN');
    await client.query('LOCK TABLE observation IN SHARE MODE');
    return new MergeGate(client);
  }

  /** Lets the waiting merges go on; a second call does nothing. */
  async open(): Promise<void> {
    if (!this.isShut) return;
    this.isShut = false;
    await this.client.query('COMMIT');
    await this.client.end();
  }
}
