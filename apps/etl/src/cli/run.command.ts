import { INestApplicationContext } from '@nestjs/common';
import { type CliArguments, type CliCommand, type CliOutput, stringFlag } from '@koers/cli';
import type { TableRunResult } from '@koers/loading';
import { ETL_JOBS, type EtlJobs, jobOf } from '../sources/etl-jobs';

function describe(result: TableRunResult): string {
  const what = result.tableId ?? '(whole source)';
  const counts = `read ${result.rowsRead}, inserted ${result.rowsInserted}, unchanged ${result.rowsUnchanged}, rejected ${result.rowsRejected}`;
  const error = result.errorCode ? ` — ${result.errorCode}: ${result.errorMessage ?? ''}` : '';
  return `${what}: ${result.status} (${counts}; run #${result.runId})${error}`;
}

/** A progress bar on a terminal; plain log lines otherwise (CI, files, pipes). */
function progress(out: CliOutput) {
  const tty = process.stdout.isTTY === true;
  const bar = (done: number, total: number) => {
    const width = 24;
    const filled = Math.round((done / Math.max(total, 1)) * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
  };
  return {
    tableStarted(tableId: string | null, index: number, total: number) {
      if (tty) process.stdout.write(`\r${bar(index, total)} ${tableId ?? ''}`.padEnd(70));
      else out.line(`[${index + 1}/${total}] ${tableId ?? ''} …`);
    },
    tableFinished(result: TableRunResult, index: number, total: number) {
      if (tty) process.stdout.write(`\r${bar(index + 1, total)}`.padEnd(70) + '\n');
      out.line(`  ${describe(result)}`);
    },
  };
}

/** `run <source> [--table ID] [--api v3|v4] [--dimension K=code,…] [--all-regions] [--force] [--dry-run]`: a run by hand. */
export const runCommand: CliCommand<INestApplicationContext> = {
  name: 'run',
  usage: 'run <source> [--table ID] [--api v3|v4] [--dimension K=code] [--all-regions] [--force] [--dry-run]',
  summary: 'load a source now (all its tables, or one)',
  switches: ['all-regions', 'force', 'dry-run'],
  valueOptions: ['table', 'api', 'dimension'],
  async run(app: INestApplicationContext, args: CliArguments, out: CliOutput): Promise<number> {
    const jobs = app.get<EtlJobs>(ETL_JOBS);
    const found = jobOf(jobs, args.positional[0]);
    if (!found) {
      out.error(`Unknown source "${args.positional[0] ?? ''}". Sources: ${Object.keys(jobs).join(', ')}`);
      return 2;
    }
    const options: Record<string, string> = {};
    const api = stringFlag(args, 'api');
    const dimension = stringFlag(args, 'dimension');
    if (api) options['api'] = api;
    if (dimension) options['dimensions'] = dimension;
    if (args.flags['force'] === true) options['force'] = 'true';
    if (args.flags['all-regions'] === true) options['allRegions'] = 'true';
    const results = await found.job.run(
      { trigger: 'cli', tableId: stringFlag(args, 'table'), dryRun: args.flags['dry-run'] === true, options },
      progress(out),
    );
    const failed = results.filter((result) => result.status === 'failed').length;
    out.line(`${results.length} table(s): ${results.length - failed} ok, ${failed} failed.`);
    return failed > 0 ? 1 : 0;
  },
};
