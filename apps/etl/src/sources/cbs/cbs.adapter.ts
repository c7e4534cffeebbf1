import type { KoersConfig } from '@koers/config';
import { CBS_SOURCE_ID, type SourceAdapter, type SourceRunRequest, type TableJob } from '@koers/loading';
import { CbsClientOptions, CbsClients, createCbsClients, createCbsClientsOver } from './shared/cbs-client.factory';
import { CbsJobOptions, CbsTablePlan, CbsTableJob } from './table-job/cbs-table.job';
import { CbsTableReader, CbsV3TableReader, CbsV4TableReader } from './table-job/cbs-table.reader';
import { RegionScope } from './table-job/cbs-region-scope';
import { RegistryTable, buildCbsRegistry } from './table-job/cbs-registry';
import { RecordedCbsTransport } from './recorded/recorded-cbs.transport';

/** Options a run of the CBS source understands (from the CLI or the API). */
export interface CbsRunOptions {
  /** `v3` or `v4`, for a table the registry does not know (default: v4 when in the v4 catalogue, else v3). */
  readonly api?: string;
  /** Load even an unchanged table again. */
  readonly force?: string;
  /** Comma-separated table ids: a run over only these registry tables (the bundled snapshot has only some). */
  readonly tables?: string;
  /** `Dimension=code` pairs, comma-separated, fixing other dimensions of an on-demand table. */
  readonly dimensions?: string;
  /** `true`: every region of the table, not only the municipality, its wijken and buurten, peers and country. */
  readonly allRegions?: string;
}

export function cbsClientOptions(config: KoersConfig): CbsClientOptions {
  return {
    v3BaseUrl: config.cbs.v3BaseUrl,
    v4BaseUrl: config.cbs.v4BaseUrl,
    timeoutMs: config.cbs.timeoutMs,
    maxRetries: config.cbs.maxRetries,
    backoffBaseMs: 500,
    concurrency: config.cbs.concurrency,
    userAgent: `Koers/${config.version} (indicator monitor ${config.regions.municipality})`,
  };
}

function parseDimensions(text: string | undefined): Record<string, string> {
  const pairs = (text ?? '').split(',').filter(Boolean);
  return Object.fromEntries(
    pairs.map((pair) => {
      const [key, code] = pair.split('=');
      if (!key || !code) throw new Error(`--dimension "${pair}" is not of the form Dimension=code`);
      return [key.trim(), code.trim()];
    }),
  );
}

/** Derived from the static catalogue, so once per process, however many adapters (the seeder makes its own). */
const REGISTRY: readonly RegistryTable[] = buildCbsRegistry();

/**
 * CBS StatLine: every table the indicator catalogue needs (the registry), or any table by id. Each table is
 * its own job, so one table's failure or drift leaves the others loading and its own previous data intact.
 */
export class CbsAdapter implements SourceAdapter {
  readonly id = CBS_SOURCE_ID;
  readonly attribution = 'Centraal Bureau voor de Statistiek (CBS), StatLine open data, CC BY 4.0';
  readonly cron: string | undefined;

  constructor(
    private readonly clients: CbsClients,
    private readonly scope: RegionScope,
    cron: string | undefined,
  ) {
    this.cron = cron;
  }

  static fromConfig(config: KoersConfig, overrides: Partial<CbsClientOptions> = {}): CbsAdapter {
    return new CbsAdapter(createCbsClients({ ...cbsClientOptions(config), ...overrides }), config.regions, config.etl.cbsCron);
  }

  /**
   * The same source over a recorded snapshot (`v3/<table>/`, `v4/<table>/`, `v4/_catalog.json` under `directory`)
   * instead of the network: the clients send the URLs they would send to CBS and the recording answers them.
   * Never scheduled: a recording does not change.
   */
  static fromRecordedSnapshot(config: KoersConfig, directory: string): CbsAdapter {
    const endpoints = { v3BaseUrl: config.cbs.v3BaseUrl, v4BaseUrl: config.cbs.v4BaseUrl };
    const transport = RecordedCbsTransport.fromDirectory(directory, endpoints);
    return new CbsAdapter(createCbsClientsOver(transport, endpoints), config.regions, undefined);
  }

  async plan(request: SourceRunRequest): Promise<TableJob[]> {
    const options: CbsRunOptions = request.options ?? {};
    const flags = { force: options.force === 'true', allRegions: options.allRegions === 'true' };
    if (request.tableId) return [await this.jobFor(request.tableId, options, flags)];
    const only = options.tables?.split(',').map((id) => id.trim().toUpperCase());
    const tables = only ? REGISTRY.filter((t) => only.includes(t.tableId.toUpperCase())) : REGISTRY;
    return tables.map((table) => this.job(table.tableId, table.api, { kind: 'registry', table }, flags));
  }

  private async jobFor(tableId: string, options: CbsRunOptions, flags: CbsJobOptions): Promise<TableJob> {
    const known = REGISTRY.find((t) => t.tableId.toUpperCase() === tableId.toUpperCase());
    if (known && options.dimensions === undefined) return this.job(known.tableId, known.api, { kind: 'registry', table: known }, flags);
    // Without --api: v4 when the v4 catalogue lists the table, else the classic v3 services.
    const api = options.api ?? ((await this.clients.v4.getCatalogEntry(tableId)) ? 'v4' : 'v3');
    if (api !== 'v3' && api !== 'v4') throw new Error(`--api must be v3 or v4, not "${api}"`);
    return this.job(tableId, api, { kind: 'on-demand', tableId, dimensions: parseDimensions(options.dimensions) }, flags);
  }

  private job(tableId: string, api: 'v3' | 'v4', plan: CbsTablePlan, flags: CbsJobOptions): TableJob {
    const reader: CbsTableReader =
      api === 'v3' ? new CbsV3TableReader(this.clients.v3, tableId) : new CbsV4TableReader(this.clients.v4, tableId);
    return new CbsTableJob(tableId, reader, plan, this.scope, flags);
  }
}
