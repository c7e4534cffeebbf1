import { Inject, Injectable } from '@nestjs/common';
import type { RunRequestListResponse, RunRequestView } from '@koers/api-contracts';
import { RunRequest, RunRequestQueue, SOURCES_WITH_TABLES, type RunnableSourceId } from '@koers/loading';
import { Pool } from 'pg';
import { PG_POOL } from '@koers/db/nest';
import { ValidationException } from '../common/validation.exception';
import { EtlRunsException } from './etl-runs.exception';

function view(request: RunRequest): RunRequestView {
  return {
    id: request.id,
    source: request.source,
    tableId: request.tableId,
    requestedBy: request.requestedBy,
    requestedAt: request.requestedAt.toISOString(),
    status: request.status,
    startedAt: request.startedAt?.toISOString() ?? null,
    finishedAt: request.finishedAt?.toISOString() ?? null,
    runIds: request.runIds.map(String),
    errorMessage: request.errorMessage,
  };
}

const TABLE_ONLY_FOR = SOURCES_WITH_TABLES.join(', ');

/**
 * Runs asked for by an admin. The API only queues them (and notifies the ETL process, which listens): loading
 * takes minutes and belongs to the process that holds the sources, their clients and the schedule.
 */
@Injectable()
export class RunRequestsService {
  private readonly queue: RunRequestQueue;

  constructor(@Inject(PG_POOL) pool: Pool) {
    this.queue = new RunRequestQueue(pool);
  }

  async request(source: RunnableSourceId, table: string | undefined, requestedBy: string): Promise<RunRequestView> {
    if (table !== undefined && !SOURCES_WITH_TABLES.includes(source)) {
      throw new ValidationException('table', {
        nl: `kan alleen bij bron ${TABLE_ONLY_FOR}`,
        en: `applies only to source ${TABLE_ONLY_FOR}`,
      });
    }
    return view(await this.queue.enqueue({ source, tableId: table ?? null, options: {}, requestedBy }));
  }

  async get(id: string): Promise<RunRequestView> {
    const request = await this.queue.get(id);
    if (!request) throw EtlRunsException.requestNotFound(id);
    return view(request);
  }

  async recent(limit: number): Promise<RunRequestListResponse> {
    return { data: (await this.queue.recent(limit)).map(view) };
  }
}
