import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { FakeRequest, FakeResponse, FakeServerState, errorResponse } from './fake-cbs-context';
import { FakeFault, FakeFaults } from './fake-cbs-faults';
import { CBS_FIXTURES_DIR, loadFixtureV3Tables, loadFixtureV4Catalog, loadFixtureV4Tables } from './fake-cbs-fixtures';
import { FakeTable, FakeV3Table, FakeV4Table, JsonObject, asDiscontinued, renameKey, withModified, withRows } from './fake-cbs-tables';
import { handleV3 } from './fake-cbs-v3.routes';
import { catalogEntryOf, handleV4 } from './fake-cbs-v4.routes';
import { FakeHttpError, parseODataQuery } from './fake-odata-request';

/**
 * A fake of the CBS open-data services on 127.0.0.1, for tests, benchmarks and offline demos. It serves the
 * real recorded tables in `__fixtures__/` plus any table given programmatically, with the real envelopes, key
 * padding, nextLink paging, the ODataApi refusal of large results and catalog Modified dates, and it can be
 * told to misbehave (500, 429 + Retry-After, slow, truncated JSON, connection reset) per test.
 *
 * v3 base URL = `url`; v4 base URL = `${url}/odata/v1`.
 */
export interface FakeCbsServerOptions {
  /** Load the bundled real tables (default true). */
  readonly loadFixtures?: boolean;
  readonly fixturesDir?: string;
  /** Rows per ODataFeed page (CBS: 10,000). */
  readonly feedPageSize?: number;
  /** Observations per v4 page (CBS: undocumented, clients assume 100,000). */
  readonly v4PageSize?: number;
  /** ODataApi cell limit (CBS: 10,000). */
  readonly apiCellLimit?: number;
  /** Default delay for 'slow' faults (ms). */
  readonly slowDelayMs?: number;
}

export interface FakeCbsHandle {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

export interface FakeRequestLogEntry {
  readonly method: string;
  /** Path and query exactly as received. */
  readonly url: string;
  readonly fault: FakeFault['kind'] | null;
}

export class FakeCbsServer {
  readonly faults = new FakeFaults();
  readonly requests: FakeRequestLogEntry[] = [];
  feedPageSize: number;
  v4PageSize: number;
  apiCellLimit: number;
  private readonly tables = new Map<string, FakeTable>();
  private readonly v4CatalogBase: JsonObject[];
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private server: Server | null = null;
  private origin = '';

  constructor(private readonly options: FakeCbsServerOptions = {}) {
    this.feedPageSize = options.feedPageSize ?? 10_000;
    this.v4PageSize = options.v4PageSize ?? 100_000;
    this.apiCellLimit = options.apiCellLimit ?? 10_000;
    const dir = options.fixturesDir ?? CBS_FIXTURES_DIR;
    const load = options.loadFixtures ?? true;
    this.v4CatalogBase = load ? loadFixtureV4Catalog(dir) : [];
    if (load) {
      loadFixtureV3Tables(dir).forEach((t) => this.registerV3Table(t));
      loadFixtureV4Tables(dir).forEach((t) => this.registerV4Table(t));
    }
  }

  get url(): string {
    if (this.origin === '') throw new Error('FakeCbsServer is not started');
    return this.origin;
  }

  get v3BaseUrl(): string {
    return this.url;
  }

  get v4BaseUrl(): string {
    return `${this.url}/odata/v1`;
  }

  async start(): Promise<FakeCbsHandle> {
    const server = createServer((req, res) => this.handle(req, res));
    server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    const address: AddressInfo | string | null = server.address();
    if (address === null || typeof address === 'string') throw new Error('FakeCbsServer: no TCP address');
    const { port } = address;
    this.origin = `http://127.0.0.1:${port}`;
    return { url: this.origin, port, close: () => this.close() };
  }

  async close(): Promise<void> {
    this.timers.forEach((t) => clearTimeout(t));
    this.timers.clear();
    const server = this.server;
    this.server = null;
    if (server === null) return;
    this.sockets.forEach((s) => s.destroy());
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  // ---- tables ---------------------------------------------------------------------------------------------

  /** Adds or replaces a v3 table (matched case-insensitively on its id). */
  registerV3Table(table: FakeV3Table): void {
    this.tables.set(table.id.toLowerCase(), { api: 'v3', table });
  }

  registerV4Table(table: FakeV4Table): void {
    this.tables.set(table.id.toLowerCase(), { api: 'v4', table });
  }

  removeTable(id: string): void {
    this.tables.delete(id.toLowerCase());
  }

  getV3Table(id: string): FakeV3Table | undefined {
    const entry = this.tables.get(id.toLowerCase());
    return entry?.api === 'v3' ? entry.table : undefined;
  }

  getV4Table(id: string): FakeV4Table | undefined {
    const entry = this.tables.get(id.toLowerCase());
    return entry?.api === 'v4' ? entry.table : undefined;
  }

  tableIds(): string[] {
    return [...this.tables.values()].map((e) => e.table.id);
  }

  /** A revised publication: new Modified date (v3 Modified/Updated, v4 Modified/ObservationsModified). */
  setModified(id: string, modified: string): void {
    this.update(id, (entry) => withModified(entry, modified));
  }

  /** Changes values (or anything in a row/observation) of a served table. */
  mapRows(id: string, fn: (row: JsonObject) => JsonObject): void {
    this.update(id, (entry) => withRows(entry, fn));
  }

  /** Flags the table discontinued (Gediscontinueerd / Stopgezet), as CBS does; it stays served. */
  discontinue(id: string): void {
    this.update(id, asDiscontinued);
  }

  /** Renames a topic/measure key, a dimension, or a dimension code everywhere it is served. */
  renameKey(id: string, from: string, to: string): void {
    this.update(id, (entry) => renameKey(entry, from, to));
  }

  private update(id: string, fn: (entry: FakeTable) => FakeTable): void {
    const entry = this.tables.get(id.toLowerCase());
    if (entry === undefined) throw new Error(`FakeCbsServer: no table ${id}`);
    this.tables.set(id.toLowerCase(), fn(entry));
  }

  // ---- faults and log -------------------------------------------------------------------------------------

  injectFault(fault: FakeFault): void {
    this.faults.add(fault);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  clearRequests(): void {
    this.requests.length = 0;
  }

  // ---- serving --------------------------------------------------------------------------------------------

  private state(): FakeServerState {
    return {
      origin: this.origin,
      feedPageSize: this.feedPageSize,
      v4PageSize: this.v4PageSize,
      apiCellLimit: this.apiCellLimit,
      findV3: (id) => this.getV3Table(id),
      findV4: (id) => this.getV4Table(id),
      v3Tables: () => [...this.tables.values()].flatMap((e) => (e.api === 'v3' ? [e.table] : [])),
      v4Catalog: () => this.v4Catalog(),
    };
  }

  private v4Catalog(): JsonObject[] {
    const served = [...this.tables.values()].flatMap((e) => (e.api === 'v4' ? [catalogEntryOf(e.table)] : []));
    const servedIds = new Set(served.map((e) => String(e.Identifier).toLowerCase()));
    return [...this.v4CatalogBase.filter((e) => !servedIds.has(String(e.Identifier).toLowerCase())), ...served].sort((a, b) =>
      String(a.Identifier).localeCompare(String(b.Identifier)),
    );
  }

  private route(pathAndQuery: string): FakeResponse {
    const at = pathAndQuery.indexOf('?');
    const pathname = at < 0 ? pathAndQuery : pathAndQuery.slice(0, at);
    const segments = pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
    const version = segments[0]?.toLowerCase() === 'odata' && segments[1]?.toLowerCase() === 'v1' ? 'v4' : 'v3';
    try {
      const req: FakeRequest = { pathname, segments, query: parseODataQuery(at < 0 ? '' : pathAndQuery.slice(at + 1), version) };
      return version === 'v4' ? handleV4(this.state(), req) : handleV3(this.state(), req);
    } catch (error) {
      if (error instanceof FakeHttpError) return errorResponse(error);
      return errorResponse(new FakeHttpError(500, `fake server error: ${String(error)}`, version));
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const fault = this.faults.take(url);
    this.requests.push({ method: req.method ?? 'GET', url, fault: fault?.kind ?? null });
    if (req.method !== 'GET' && req.method !== 'HEAD') return this.send(res, errorResponse(new FakeHttpError(405, 'Only GET is supported')));
    if (fault === null) return this.send(res, this.route(url));
    switch (fault.kind) {
      case 'connection-reset':
        req.socket.destroy();
        return;
      case 'http-500':
        return this.send(res, errorResponse(new FakeHttpError(500, 'An error has occurred.')));
      case 'http-429':
        return this.send(res, withHeader(errorResponse(new FakeHttpError(429, 'Too Many Requests')), 'Retry-After', fault.retryAfter ?? '1'));
      case 'http-status': {
        const response = errorResponse(new FakeHttpError(fault.status ?? 400, `HTTP ${fault.status ?? 400} (injected)`));
        return this.send(res, fault.retryAfter === undefined ? response : withHeader(response, 'Retry-After', fault.retryAfter));
      }
      case 'slow': {
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          if (!res.destroyed) this.send(res, this.route(url));
        }, fault.delayMs ?? this.options.slowDelayMs ?? 2_000);
        this.timers.add(timer);
        return;
      }
      case 'truncated-json': {
        const response = this.route(url);
        return this.send(res, { ...response, status: 200, body: response.body.slice(0, Math.floor(response.body.length / 2)) });
      }
    }
  }

  private send(res: ServerResponse, response: FakeResponse): void {
    res.writeHead(response.status, { ...response.headers, 'Content-Length': Buffer.byteLength(response.body) });
    res.end(response.body);
  }
}

function withHeader(response: FakeResponse, name: string, value: string): FakeResponse {
  return { ...response, headers: { ...response.headers, [name]: value } };
}
