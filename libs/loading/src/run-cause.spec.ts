import { runInNewContext } from 'node:vm';
import { LoadError, TableSkipped } from './load.error';
import { abandonedCause, failureCause, lockedCause, skipCause } from './run-cause';

const NOTHING_STORED = 'Er is niets van deze run opgeslagen; de gegevens van vóór de run zijn ongewijzigd.';

/** An error as node-postgres gives it for an ErrorResponse: SQLSTATE in `code`, and a `severity`. */
const databaseError = (code: string, message: string) => Object.assign(new Error(message), { code, severity: 'ERROR' });

describe('failureCause', () => {
  it.each<[string, unknown, string, string]>([
    [
      'a source error with its own Dutch cause',
      Object.assign(new Error('CBS T1 Observations: HTTP 500: boom'), {
        code: 'server-error',
        causeNl: 'CBS gaf een serverfout (HTTP 500)',
      }),
      'server-error',
      'CBS gaf een serverfout (HTTP 500)',
    ],
    [
      'a load error of the runner',
      new LoadError('NO_TABLE', 'no table first'),
      'NO_TABLE',
      'De bron leverde cijfers zonder eerst de tabel te beschrijven (een fout in de koppeling met de bron)',
    ],
    [
      'a session ended by the server (57P01)',
      databaseError('57P01', 'terminating connection due to administrator command'),
      'DATABASE_CONNECTION_LOST',
      'De verbinding met de database viel weg tijdens het laden',
    ],
    [
      'a connection failure (class 08)',
      databaseError('08006', 'connection failure'),
      'DATABASE_CONNECTION_LOST',
      'De verbinding met de database viel weg tijdens het laden',
    ],
    ['a full disk (53100)', databaseError('53100', 'could not extend file'), 'DATABASE_DISK_FULL', 'De schijf van de database is vol'],
    [
      'a temp_file_limit reached (53400)',
      databaseError('53400', 'temporary file size exceeds "temp_file_limit" (64kB)'),
      'DATABASE_RESOURCES',
      'De database had te weinig ruimte of middelen (geheugen, verbindingen of een ingestelde limiet)',
    ],
    [
      'a value the database refuses (22001)',
      databaseError('22001', 'value too long'),
      'DATABASE_ERROR',
      'De database weigerde de gegevens',
    ],
    [
      'a connection node-postgres saw end',
      new Error('Connection terminated unexpectedly'),
      'DATABASE_CONNECTION_LOST',
      'De verbinding met de database viel weg tijdens het laden',
    ],
    // Writing the COPY to a socket the server has just closed: the operating system's error, not node-postgres's.
    [
      'a write to the closed database socket (EPIPE)',
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write', errno: -32 }),
      'DATABASE_CONNECTION_LOST',
      'De verbinding met de database viel weg tijdens het laden',
    ],
    [
      'a COPY written to a socket the server closed, passed on by the stream without its syscall (EPIPE)',
      Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }),
      'DATABASE_CONNECTION_LOST',
      'De verbinding met de database viel weg tijdens het laden',
    ],
    [
      'a database socket reset (ECONNRESET)',
      Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', syscall: 'read', errno: -104 }),
      'DATABASE_CONNECTION_LOST',
      'De verbinding met de database viel weg tijdens het laden',
    ],
    [
      'an error of another module with a code',
      Object.assign(new Error('3 problems'), { code: 'FILE_PROBLEMS' }),
      'FILE_PROBLEMS',
      'Het laden mislukte (foutcode FILE_PROBLEMS)',
    ],
    ['an error without a code', new Error('boom'), 'LOAD_FAILED', 'Het laden mislukte'],
  ])(
    'should give the Dutch cause, the consequence and the technical message when the load fails with %s',
    (_name, error, code, causeNl) => {
      const technical = error instanceof Error ? error.message : '';
      const sqlState =
        typeof error === 'object' && error !== null && 'severity' in error && 'code' in error ? `SQLSTATE ${String(error.code)}: ` : '';
      expect(failureCause(error)).toEqual({ code, message: `${causeNl}. ${NOTHING_STORED} Technisch: ${sqlState}${technical}` });
    },
  );

  it('should see a lost connection in an error made in another realm, which is no instanceof Error here', () => {
    // A Node core error reaching code that runs in a vm context (as jest runs tests) is such an error.
    const foreign: unknown = runInNewContext("Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })");
    expect(foreign instanceof Error).toBe(false);
    expect(failureCause(foreign)).toEqual({
      code: 'DATABASE_CONNECTION_LOST',
      message: `De verbinding met de database viel weg tijdens het laden. ${NOTHING_STORED} Technisch: write EPIPE`,
    });
  });

  it('should read a thrown string as the technical message when what was thrown is no Error', () => {
    expect(failureCause('kapot')).toEqual({ code: 'LOAD_FAILED', message: `Het laden mislukte. ${NOTHING_STORED} Technisch: kapot` });
  });
});

describe('the causes of skipped and abandoned runs', () => {
  it('should say in Dutch that there was nothing to load when the source has no new publication', () => {
    expect(skipCause(new TableSkipped('NOT_MODIFIED', 'T1 is unchanged at CBS since 2026-01-01.'))).toEqual({
      code: 'NOT_MODIFIED',
      message:
        'De bron meldt geen nieuwe publicatie sinds de laatst geladen versie; er was niets te laden. Technisch: T1 is unchanged at CBS since 2026-01-01.',
    });
  });

  it('should say in Dutch that another run holds the lock when a run finds its source locked', () => {
    expect(lockedCause('cbs')).toEqual({
      code: 'LOCKED',
      message:
        'Een andere run van deze bron was nog bezig; deze run heeft niets gedaan. Technisch: Another run of source "cbs" holds its lock; this run did nothing.',
    });
  });

  it('should say in Dutch that the process stopped and nothing was stored when a run was abandoned', () => {
    expect(abandonedCause().message).toBe(
      `Het proces dat deze run uitvoerde, stopte voordat de run klaar was (afgebroken of vastgelopen). ${NOTHING_STORED} Technisch: The process running it ended before it finished; nothing of it was stored.`,
    );
  });
});
