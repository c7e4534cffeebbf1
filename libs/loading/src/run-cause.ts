import { LoadError, type LoadErrorCode, type SkipCode, TableSkipped } from './load.error';

/**
 * The one place the run log says in Dutch why a table run failed or was skipped. `etl_run.error_message` (shown by
 * the API's `/etl/runs` and `npm run etl -- status`) is the Dutch cause, what it meant for the data, and then the
 * technical message as it was. A source's own exception states its cause itself (`causeNl`, e.g. the CBS source's
 * SourceError); the runner's and the database's causes are here.
 */
export type RunnerCode =
  | LoadErrorCode
  | SkipCode
  | 'ABANDONED'
  | 'DATABASE_CONNECTION_LOST'
  | 'DATABASE_DISK_FULL'
  | 'DATABASE_RESOURCES'
  | 'DATABASE_ERROR'
  | 'LOAD_FAILED';

const CAUSES_NL: Record<RunnerCode, string> = {
  UNKNOWN_MEASURE: 'De bron leverde cijfers voor een meetwaarde die zij niet eerst had beschreven (een fout in de koppeling met de bron)',
  NO_TABLE: 'De bron leverde cijfers zonder eerst de tabel te beschrijven (een fout in de koppeling met de bron)',
  LOCKED: 'Een andere run van deze bron was nog bezig; deze run heeft niets gedaan',
  NOT_MODIFIED: 'De bron meldt geen nieuwe publicatie sinds de laatst geladen versie; er was niets te laden',
  ALREADY_LOADED: 'Deze versie is al eerder geladen; er was niets te laden',
  ABANDONED: 'Het proces dat deze run uitvoerde, stopte voordat de run klaar was (afgebroken of vastgelopen)',
  DATABASE_CONNECTION_LOST: 'De verbinding met de database viel weg tijdens het laden',
  DATABASE_DISK_FULL: 'De schijf van de database is vol',
  DATABASE_RESOURCES: 'De database had te weinig ruimte of middelen (geheugen, verbindingen of een ingestelde limiet)',
  DATABASE_ERROR: 'De database weigerde de gegevens',
  LOAD_FAILED: 'Het laden mislukte',
};

/** What a failed table run means for the data: its transaction was rolled back whole. */
const NOTHING_STORED = 'Er is niets van deze run opgeslagen; de gegevens van vóór de run zijn ongewijzigd.';

/** An exception that states its cause in Dutch (a source's own error type). */
interface DutchCause {
  readonly code: string;
  readonly causeNl: string;
}

export interface RunCause {
  readonly code: string;
  readonly message: string;
}

function hasDutchCause(error: unknown): error is DutchCause {
  return (
    typeof error === 'object' &&
    error !== null &&
    'causeNl' in error &&
    typeof error.causeNl === 'string' &&
    'code' in error &&
    typeof error.code === 'string'
  );
}

function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

// node-postgres reports a connection that went away as a plain Error (no SQLSTATE) with one of these messages.
const CONNECTION_GONE = /^(Connection terminated|Client has encountered a connection error|Client was closed)/;

// Or the socket's own error reaches the runner first, when the COPY writes to (or reads from) a socket the server
// has just closed. Source errors of the network never get here: a source classifies its own (they carry causeNl).
const SOCKET_GONE = new Set(['EPIPE', 'ECONNRESET', 'ECONNABORTED']);

/** An error by its shape: one made in another realm (a Node core error seen from a vm context) is no `instanceof Error`. */
function isErrorLike(error: unknown): error is { readonly message: string } {
  return typeof error === 'object' && error !== null && 'message' in error && typeof error.message === 'string';
}

function isConnectionGone(error: unknown): boolean {
  if (!isErrorLike(error)) return false;
  const code = codeOf(error);
  // Not every such error names its syscall: a COPY stream passes the socket's EPIPE on as a bare { code }.
  return CONNECTION_GONE.test(error.message) || (code !== undefined && SOCKET_GONE.has(code));
}

/** A PostgreSQL error by its SQLSTATE class: 08 connection, 57P0x the server ended the session, 53 resources. */
function databaseCode(sqlState: string): RunnerCode {
  if (sqlState.startsWith('08') || /^57P0[123]$/.test(sqlState)) return 'DATABASE_CONNECTION_LOST';
  if (sqlState === '53100') return 'DATABASE_DISK_FULL';
  if (sqlState.startsWith('53')) return 'DATABASE_RESOURCES';
  return 'DATABASE_ERROR';
}

function isDatabaseError(error: unknown): error is Error & { code: string; severity: string } {
  return (
    isErrorLike(error) &&
    typeof codeOf(error) === 'string' &&
    'severity' in error &&
    typeof error.severity === 'string' &&
    /^[0-9A-Z]{5}$/.test(codeOf(error)!)
  );
}

function message(cause: string, consequence: string | null, technical: string): string {
  return [`${cause}.`, consequence, `Technisch: ${technical}`].filter(Boolean).join(' ');
}

/** The code and message of a failed table run: Dutch cause, what it meant, and the technical message. */
export function failureCause(error: unknown): RunCause {
  const technical = isErrorLike(error) ? error.message : String(error);
  if (hasDutchCause(error)) return { code: error.code, message: message(error.causeNl, NOTHING_STORED, technical) };
  if (error instanceof LoadError) return { code: error.code, message: message(CAUSES_NL[error.code], NOTHING_STORED, technical) };
  if (isDatabaseError(error)) {
    const code = databaseCode(error.code);
    return { code, message: message(CAUSES_NL[code], NOTHING_STORED, `SQLSTATE ${error.code}: ${technical}`) };
  }
  if (isConnectionGone(error)) {
    return { code: 'DATABASE_CONNECTION_LOST', message: message(CAUSES_NL.DATABASE_CONNECTION_LOST, NOTHING_STORED, technical) };
  }
  const code = codeOf(error);
  const cause = code ? `${CAUSES_NL.LOAD_FAILED} (foutcode ${code})` : CAUSES_NL.LOAD_FAILED;
  return { code: code ?? 'LOAD_FAILED', message: message(cause, NOTHING_STORED, technical) };
}

/** A table that had nothing new to load. */
export function skipCause(skip: TableSkipped): RunCause {
  return { code: skip.code, message: message(CAUSES_NL[skip.code], null, skip.message) };
}

/** A run that found another run of its source holding the lock. */
export function lockedCause(source: string): RunCause {
  return {
    code: 'LOCKED',
    message: message(CAUSES_NL.LOCKED, null, `Another run of source "${source}" holds its lock; this run did nothing.`),
  };
}

/** A run left marked running by a process that ended (killed) before it finished. */
export function abandonedCause(): RunCause {
  return {
    code: 'ABANDONED',
    message: message(CAUSES_NL.ABANDONED, NOTHING_STORED, 'The process running it ended before it finished; nothing of it was stored.'),
  };
}
