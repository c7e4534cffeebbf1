import { SourceError, classifySourceFailure } from '../../source-error';
import type { CbsRequestContext, CbsTransport } from '../shared/cbs-http.client';
import { ODataRequestError, ODataVersion } from './odata-query';
import { readRecordedCbsTables } from './recorded-cbs-files.reader';
import type { RecordedCbsTables } from './recorded-cbs-tables';
import { CBS_SERVICE_LIMITS, RecordedAnswer, RecordedBaseUrls, RecordedODataState } from './recorded-odata-context';
import { answerRecordedRequest } from './recorded-odata.routes';

/**
 * A CBS transport that answers from recorded responses instead of the network: the clients send the URLs they
 * would send to CBS, and each is answered as CBS answers it (filters on regions, measures and dimension codes,
 * `$select`, paging with nextLinks, the ODataApi cell limit) from the tables recorded in a snapshot folder. What
 * it cannot answer is a `SourceError` naming the path, never an empty answer. Nothing is retried: a recording
 * answers the same every time.
 */
export class RecordedCbsTransport implements CbsTransport {
  private readonly state: RecordedODataState;

  constructor(
    tables: RecordedCbsTables,
    baseUrls: RecordedBaseUrls,
    /** Where the recording was read from, for messages. */
    private readonly recording = 'the recording',
  ) {
    const trimmed = { v3BaseUrl: baseUrls.v3BaseUrl.replace(/\/+$/, ''), v4BaseUrl: baseUrls.v4BaseUrl.replace(/\/+$/, '') };
    this.state = { baseUrls: trimmed, ...CBS_SERVICE_LIMITS, tables };
  }

  /** The tables recorded under `directory` (`v3/<table>/`, `v4/<table>/`, `v4/_catalog.json`), read once, now. */
  static fromDirectory(directory: string, baseUrls: RecordedBaseUrls): RecordedCbsTransport {
    return new RecordedCbsTransport(readRecordedCbsTables(directory), baseUrls, `the recorded snapshot in ${directory}`);
  }

  async getJson(url: string, ctx: CbsRequestContext): Promise<unknown> {
    const at = url.indexOf('?');
    const path = at < 0 ? url : url.slice(0, at);
    const target = this.locate(path);
    if (target === null) {
      throw this.error(
        'fatal',
        'bad-config',
        `${path} is under neither CBS base URL (${this.state.baseUrls.v3BaseUrl}, ${this.state.baseUrls.v4BaseUrl})`,
        url,
        ctx,
      );
    }
    let answer: RecordedAnswer;
    try {
      answer = answerRecordedRequest(this.state, target.version, target.relativePath, at < 0 ? '' : url.slice(at + 1), path);
    } catch (error) {
      if (error instanceof ODataRequestError) throw this.refused(error, path, url, ctx);
      throw error;
    }
    if (answer.type !== 'json')
      throw this.error('schema', 'schema-mismatch', `${path} is answered with ${answer.contentType}, not JSON`, url, ctx);
    return answer.body;
  }

  /** The API version and the path after its base URL; the longer base wins when one contains the other. */
  private locate(path: string): { version: ODataVersion; relativePath: string } | null {
    const { v3BaseUrl, v4BaseUrl } = this.state.baseUrls;
    const bases: Array<[ODataVersion, string]> = [
      ['v4', v4BaseUrl],
      ['v3', v3BaseUrl],
    ];
    bases.sort((a, b) => b[1].length - a[1].length);
    for (const [version, base] of bases) {
      const rest = path.slice(base.length);
      if (path.toLowerCase().startsWith(base.toLowerCase()) && (rest === '' || rest.startsWith('/')))
        return { version, relativePath: rest };
    }
    return null;
  }

  private refused(error: ODataRequestError, path: string, url: string, ctx: CbsRequestContext): SourceError {
    const { kind, code } = classifySourceFailure({ type: 'http', status: error.status, refusal: error.refusal });
    // CBS would answer this status; a recording answers it every time, so nothing here is worth retrying.
    return this.error(
      kind === 'retriable' ? 'fatal' : kind,
      code,
      `${path} cannot be answered (CBS would send HTTP ${error.status}: ${error.message})`,
      url,
      ctx,
      error.status,
    );
  }

  private error(
    kind: SourceError['kind'],
    code: SourceError['code'],
    message: string,
    url: string,
    ctx: CbsRequestContext,
    status?: number,
  ): SourceError {
    return new SourceError(kind, code, `CBS ${ctx.tableId ?? '(catalog)'} ${ctx.endpoint}: ${this.recording}: ${message}`, {
      source: 'cbs',
      tableId: ctx.tableId,
      endpoint: ctx.endpoint,
      url,
      status,
    });
  }
}
