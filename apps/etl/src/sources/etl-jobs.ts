import { InjectionToken } from '@nestjs/common';
import type { RunObserver, RunnableSourceId, SourceAdapter, SourceRunRequest, SourceRunner, TableRunResult } from '@koers/loading';

/**
 * What the scheduler, the CLI and the API's run requests start under a source id: a source adapter through the
 * runner (CBS, the bundled files), or the inbox scan, which is no table load of its own (each file it finds loads
 * as a run of its own through the municipal import, so no runner ever runs inside another).
 */
export interface EtlJob {
  /** Cron expression of the scheduled run, or undefined when the job does not run on a schedule. */
  readonly cron: string | undefined;
  run(request: SourceRunRequest, observer?: RunObserver): Promise<TableRunResult[]>;
}

/**
 * The one registration of the ETL's jobs, by the ids the API accepts run requests for (`RUNNABLE_SOURCE_IDS` in
 * libs/loading): the compiler holds the two together, so a new id needs its job here and a job needs its id there.
 */
export type EtlJobs = Readonly<Record<RunnableSourceId, EtlJob>>;

export const ETL_JOBS: InjectionToken<EtlJobs> = Symbol('ETL_JOBS');

/** A source adapter as a job: every run goes through the runner (lock, run rows, one transaction per table). */
export function adapterJob(adapter: SourceAdapter, runner: SourceRunner): EtlJob {
  return { cron: adapter.cron, run: (request, observer) => runner.run(adapter, request, observer) };
}

/** The job of a source id; undefined for an id the ETL does not know (a CLI typo, an old run request). */
export function jobOf(jobs: EtlJobs, id: string | undefined): { id: RunnableSourceId; job: EtlJob } | undefined {
  const entry = Object.entries(jobs).find(([candidate]) => candidate === id);
  return entry ? { id: entry[0] as RunnableSourceId, job: entry[1] } : undefined;
}
