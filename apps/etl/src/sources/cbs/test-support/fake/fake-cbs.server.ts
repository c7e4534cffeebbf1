import { IncomingMessage, Server, ServerResponse, createServer } from 'node:http';
import { AddressInfo, Socket } from 'node:net';
import { CBS_FIXTURES_DIR } from '../cbs-fixtures-dir';
import { ODataRequestError } from '../../recorded/odata-query';
import { readRecordedCbsTables } from '../../recorded/recorded-cbs-files.reader';
import { JsonObject, RecordedCbsTables, RecordedTable, RecordedV3Table, RecordedV4Table } from '../../recorded/recorded-cbs-tables';
import { CBS_SERVICE_LIMITS, RecordedODataState } from '../../recorded/recorded-odata-context';
import { answerRecordedRequest } from '../../recorded/recorded-odata.routes';
import { FakeFault, FakeFaults, loopNextLink, renameRowKey } from './fake-cbs-faults';
import { asDiscontinued, renameKey, withModified, withRows, withUnit } from './fake-cbs-tables';

/**
 * A fake of the CBS open-data services on 127.0.0.1, for tests and benchmarks. It answers over HTTP exactly as
 * the recorded transport answers (`../recorded/`: the same envelopes, key padding, nextLink paging, ODataApi
 * refusal of large results and catalog Modified dates) from the real recorded tables in `__fixtures__/` plus any
 * table given programmatically, and it can be told to misbehave (500, 429 + Retry-After, slow, truncated JSON,
 * connection reset, a looping next link, a page with a renamed key) per test.
 *
 * v3 base URL = `url`; v4 base URL = `${url}/odata/v1`.
 */
export interface FakeCbsServerOptions {
  /** Load the bundled real tables (default true). */
  readonly loadFixtures?: boolean;
  readonly fixturesDir?: string;
  /** Rows per ODataFeed page (default CBS's 10,000). */
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
  private readonly tables: RecordedCbsTables;
  private readonly sockets = new Set<Socket>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private server: Server | null = null;
  private origin = '';

  constructor(private readonly options: FakeCbsServerOptions = {}) {
    this.feedPageSize = options.feedPageSize ?? CBS_SERVICE_LIMITS.feedPageSize;
    this.v4PageSize = options.v4PageSize ?? CBS_SERVICE_LIMITS.v4PageSize;
    this.apiCellLimit = options.apiCellLimit ?? CBS_SERVICE_LIMITS.apiCellLimit;
    const load = options.loadFixtures ?? true;
    this.tables = load ? readRecordedCbsTables(options.fixturesDir ?? CBS_FIXTURES_DIR) : new RecordedCbsTables();
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
  registerV3Table(table: RecordedV3Table): void {
    this.tables.register({ api: 'v3', table });
  }

  registerV4Table(table: RecordedV4Table): void {
    this.tables.register({ api: 'v4', table });
  }

  removeTable(id: string): void {
    this.tables.remove(id);
  }

  getV3Table(id: string): RecordedV3Table | undefined {
    return this.tables.v3(id);
  }

  getV4Table(id: string): RecordedV4Table | undefined {
    return this.tables.v4(id);
  }

  tableIds(): string[] {
    return this.tables.ids();
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

  /** CBS publishes a topic (v3) or measure (v4) in another unit. */
  changeUnit(id: string, key: string, unit: string): void {
    this.update(id, (entry) => withUnit(entry, key, unit));
  }

  /** Renames a topic/measure key, a dimension, or a dimension code everywhere it is served. */
  renameKey(id: string, from: string, to: string): void {
    this.update(id, (entry) => renameKey(entry, from, to));
  }

  private update(id: string, fn: (entry: RecordedTable) => RecordedTable): void {
    const entry = this.tables.get(id);
    if (entry === undefined) throw new Error(`FakeCbsServer: no table ${id}`);
    this.tables.register(fn(entry));
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

  private state(): RecordedODataState {
    return {
      baseUrls: { v3BaseUrl: this.origin, v4BaseUrl: `${this.origin}/odata/v1` },
      feedPageSize: this.feedPageSize,
      v4PageSize: this.v4PageSize,
      apiCellLimit: this.apiCellLimit,
      tables: this.tables,
    };
  }

  private route(pathAndQuery: string): FakeResponse {
    const at = pathAndQuery.indexOf('?');
    const pathname = at < 0 ? pathAndQuery : pathAndQuery.slice(0, at);
    const v4 = /^\/odata\/v1(\/|$)/i.test(pathname);
    const version = v4 ? 'v4' : 'v3';
    try {
      const relativePath = v4 ? pathname.slice('/odata/v1'.length) : pathname;
      const answer = answerRecordedRequest(this.state(), version, relativePath, at < 0 ? '' : pathAndQuery.slice(at + 1), pathname);
      if (answer.type === 'json') return jsonResponse(answer.body);
      return { status: 200, headers: { 'Content-Type': answer.contentType }, body: answer.body };
    } catch (error) {
      if (error instanceof ODataRequestError) return errorResponse(error);
      return errorResponse(new ODataRequestError(500, `fake server error: ${String(error)}`, version));
    }
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = req.url ?? '/';
    const fault = this.faults.take(url);
    this.requests.push({ method: req.method ?? 'GET', url, fault: fault?.kind ?? null });
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return this.send(res, errorResponse(new ODataRequestError(405, 'Only GET is supported')));
    if (fault === null) return this.send(res, this.route(url));
    switch (fault.kind) {
      case 'connection-reset':
        req.socket.destroy();
        return;
      case 'http-500':
        return this.send(res, errorResponse(new ODataRequestError(500, 'An error has occurred.')));
      case 'http-429':
        return this.send(
          res,
          withHeader(errorResponse(new ODataRequestError(429, 'Too Many Requests')), 'Retry-After', fault.retryAfter ?? '1'),
        );
      case 'http-status': {
        const response = errorResponse(new ODataRequestError(fault.status ?? 400, `HTTP ${fault.status ?? 400} (injected)`));
        return this.send(res, fault.retryAfter === undefined ? response : withHeader(response, 'Retry-After', fault.retryAfter));
      }
      case 'slow': {
        const timer = setTimeout(
          () => {
            this.timers.delete(timer);
            if (!res.destroyed) this.send(res, this.route(url));
          },
          fault.delayMs ?? this.options.slowDelayMs ?? 2_000,
        );
        this.timers.add(timer);
        return;
      }
      case 'truncated-json': {
        const response = this.route(url);
        return this.send(res, { ...response, status: 200, body: response.body.slice(0, Math.floor(response.body.length / 2)) });
      }
      case 'next-link-loop':
        return this.send(
          res,
          mapJsonBody(this.route(url), (body) => loopNextLink(body, `${this.origin}${url}`)),
        );
      case 'renamed-key':
        return this.send(
          res,
          mapJsonBody(this.route(url), (body) => renameRowKey(body, fault.from ?? '', fault.to ?? '')),
        );
    }
  }

  private send(res: ServerResponse, response: FakeResponse): void {
    res.writeHead(response.status, { ...response.headers, 'Content-Length': Buffer.byteLength(response.body) });
    res.end(response.body);
  }
}

interface FakeResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
}

function jsonResponse(value: unknown, status = 200): FakeResponse {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value) };
}

/** The OData JSON error body CBS sends (v3 `odata.error`, v4 `error`). */
function errorResponse(error: ODataRequestError): FakeResponse {
  const v3 = { 'odata.error': { code: '', message: { lang: 'en-US', value: error.message } } };
  const v4 = { error: { code: String(error.status), message: error.message } };
  return jsonResponse(error.version === 'v3' ? v3 : v4, error.status);
}

/** The same answer with its JSON body changed; an error, or an answer that is not JSON, is passed on as it was. */
function mapJsonBody(response: FakeResponse, fn: (body: unknown) => unknown): FakeResponse {
  if (response.status !== 200 || !response.headers['Content-Type']?.startsWith('application/json')) return response;
  return { ...response, body: JSON.stringify(fn(JSON.parse(response.body))) };
}

function withHeader(response: FakeResponse, name: string, value: string): FakeResponse {
  return { ...response, headers: { ...response.headers, [name]: value } };
}
