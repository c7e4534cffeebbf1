import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { Pool } from 'pg';
import { API_OPTIONS, ApiOptions } from '../api-options';
import { onSiblingDataChanged, tellSiblingsDataChanged } from '../cluster/sibling-processes';
import { PG_POOL } from '@koers/db/nest';
import { EvaluationDateService } from './evaluation-date.service';

/**
 * Changes whenever a run starts or finishes, an observation or a file is loaded, a file is withdrawn, or a council
 * edition is adopted: the newest run, the number of finished runs, the highest observation, file, measure and
 * edition ids and the number of withdrawn files (never undone). Cheap (a few index or small-table lookups).
 */
export const VERSION_SQL = `
  SELECT concat_ws(':',
    (SELECT count(*) || '.' || coalesce(max(id), 0) || '.' || count(finished_at) || '.' || coalesce(extract(epoch FROM max(finished_at))::text, '')
       FROM etl_run),
    (SELECT coalesce(max(id), 0) FROM observation),
    (SELECT coalesce(max(id), 0) || '.' || count(withdrawn_at) FROM uploaded_file),
    (SELECT coalesce(max(id), 0) FROM measure),
    (SELECT coalesce(max(id), 0) FROM report_edition)) AS version`;

/** The shortest interval between two checks that a version seen elsewhere can force. */
const RECHECK_MS = 50;

/**
 * The version of the data every cached response was computed from, and the evaluation date (a figure can go out
 * of date overnight without new data). Asked of the database at most once per `dataVersionTtlMs`; concurrent
 * requests share one query.
 */
@Injectable()
export class DataVersionService implements OnModuleDestroy {
  private known: { value: string; checkedAt: number } | undefined;
  private pending: Promise<string> | undefined;
  /** Bumped by {@link invalidate}, so a read that began before the commit is not kept as the current version. */
  private generation = 0;
  private doubtedAt = 0;
  /** The version an answer is being computed from, for everything its computation asks (see {@link within}). */
  private readonly answering = new AsyncLocalStorage<string>();
  /** Another API process (one per core) committed data: forget ours at once as well. */
  private readonly stopListening = onSiblingDataChanged(() => this.forget());

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
    private readonly dates: EvaluationDateService,
  ) {}

  /**
   * The current version. `seen` is a version the caller has seen elsewhere (DATA_VERSION_HEADER): when it is not
   * the one known here, the database is asked again rather than waiting out the check interval.
   */
  async current(seen?: string): Promise<string> {
    const answering = this.answering.getStore();
    if (answering !== undefined) return answering;
    this.doubt(seen);
    const known = this.known;
    if (known && Date.now() - known.checkedAt < this.options.dataVersionTtlMs) return known.value;
    this.pending ??= this.read().finally(() => (this.pending = undefined));
    return this.pending;
  }

  /**
   * The known version while it is current (see {@link current}), without waiting; else nothing, and a check
   * begins (so the fast lane never waits for the database: the request goes through Nest, which does).
   */
  fresh(seen?: string): string | undefined {
    this.doubt(seen);
    const known = this.known;
    if (known && Date.now() - known.checkedAt < this.options.dataVersionTtlMs) return known.value;
    this.current().catch(() => undefined);
    return undefined;
  }

  /**
   * Runs the computation of one answer with `version` as the current version for everything it asks (observations,
   * regions, the catalogue): one answer, one data version — and one look at the database for it, not one per part.
   */
  within<T>(version: string, work: () => Promise<T>): Promise<T> {
    return this.answering.run(version, work);
  }

  /**
   * This process just committed data (an upload, a withdrawal, an adoption): forget the known version, here and in
   * the other API processes, so the next request anywhere sees it.
   */
  invalidate(): void {
    this.forget();
    tellSiblingsDataChanged();
  }

  onModuleDestroy(): void {
    this.stopListening();
  }

  private forget(): void {
    this.generation++;
    this.known = undefined;
    this.pending = undefined;
  }

  /**
   * A version seen elsewhere that is not the one known here: another process or replica saw a commit first, so
   * forget ours — at most once per RECHECK_MS, so a client sending made-up versions costs little.
   */
  private doubt(seen: string | undefined): void {
    if (seen === undefined || this.known === undefined || seen === this.known.value) return;
    if (Date.now() - this.doubtedAt < RECHECK_MS) return;
    this.doubtedAt = Date.now();
    this.forget();
  }

  private async read(): Promise<string> {
    const checkedAt = Date.now();
    const generation = this.generation;
    const { rows } = await this.pool.query<{ version: string }>(VERSION_SQL);
    const value = createHash('sha1')
      .update(`${rows[0]?.version ?? ''}@${this.dates.today()}`)
      .digest('base64url')
      .slice(0, 16);
    if (generation === this.generation) this.known = { value, checkedAt };
    return value;
  }
}
