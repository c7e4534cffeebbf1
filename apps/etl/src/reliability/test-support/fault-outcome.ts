import type { TableRunResult } from '@koers/loading';
import { parseCbsTimestamp } from '../../sources/cbs/table-job/cbs-timestamp';
import { type FreshnessFacts, freshnessFacts } from './freshness-facts';
import { type ObservationState, historyUpTo, observationState } from './observation-state';
import type { ReliabilityHarness } from './reliability-harness';

/** What is stored before a fault: the figures, and what the sources endpoint's freshness is derived from. */
export interface BeforeFault {
  readonly tableId: string;
  readonly state: ObservationState;
  readonly facts: FreshnessFacts;
}

export interface ExpectedRun {
  readonly status: 'failed' | 'skipped';
  readonly code: string;
  /** The Dutch cause the message starts with, exactly. */
  readonly causeNl: string;
  /** A piece of the technical message that must still be there. */
  readonly technical: string;
}

/** The sentence every failed table run carries: its transaction was rolled back whole. */
export const NOTHING_STORED = 'Er is niets van deze run opgeslagen; de gegevens van vóór de run zijn ongewijzigd.';

export async function beforeFault(h: ReliabilityHarness, tableId: string): Promise<BeforeFault> {
  return { tableId, state: await observationState(h.pool), facts: await freshnessFacts(h.pool, tableId) };
}

interface RunRow {
  status: string;
  error_code: string | null;
  error_message: string | null;
  finished: boolean;
}

/**
 * The run is recorded as expected, in Dutch with its technical detail, and finished (not left running); not one
 * current figure or stored version changed; the table's freshness facts are what they were.
 */
export async function expectKept(h: ReliabilityHarness, before: BeforeFault, result: TableRunResult, expected: ExpectedRun): Promise<void> {
  expect(result).toMatchObject({ status: expected.status, errorCode: expected.code, rowsInserted: 0 });
  const consequence = expected.status === 'failed' ? ` ${NOTHING_STORED}` : '';
  expect(result.errorMessage).toMatch(new RegExp(`^${escape(`${expected.causeNl}.${consequence} Technisch: `)}`));
  expect(result.errorMessage).toContain(expected.technical);
  const { rows } = await h.pool.query<RunRow>(
    `SELECT status, error_code, error_message, finished_at IS NOT NULL AS finished FROM etl_run WHERE id = $1`,
    [result.runId],
  );
  expect(rows).toEqual([{ status: expected.status, error_code: expected.code, error_message: result.errorMessage, finished: true }]);
  expect(await observationState(h.pool)).toEqual(before.state);
  expect(await freshnessFacts(h.pool, before.tableId)).toEqual(before.facts);
}

/**
 * With the fault cleared, a retry loads the revision (`run` may also inject a fault the run recovers from): every
 * version stored before is still there unchanged, every figure it changed is a new current version beside the old
 * one, and freshness now rests on this run and the new Modified date.
 */
export async function expectRevisionLoaded(
  h: ReliabilityHarness,
  before: BeforeFault,
  modified: string,
  run: () => Promise<TableRunResult> = () => h.run(before.tableId),
): Promise<TableRunResult> {
  h.fake.clearFaults();
  const result = await run();
  expect(result).toMatchObject({ status: 'succeeded', errorCode: null, errorMessage: null });
  expect(result.rowsInserted).toBeGreaterThan(0);
  const after = await observationState(h.pool);
  expect(await historyUpTo(h.pool, before.state.lastId)).toBe(before.state.history);
  expect(after.historyRows).toBe(before.state.historyRows + result.rowsInserted);
  expect(after.currentRows).toBe(before.state.currentRows);
  expect(after.current).not.toBe(before.state.current);
  const facts = { status: 'active', sourceModified: parseCbsTimestamp(modified).toISOString(), lastSuccessfulRunId: result.runId };
  expect(await freshnessFacts(h.pool, before.tableId)).toEqual(facts);
  return result;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
