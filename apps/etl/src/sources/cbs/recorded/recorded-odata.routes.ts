import { ODataRequestError, ODataVersion, parseODataQuery } from './odata-query';
import { RecordedAnswer, RecordedODataState } from './recorded-odata-context';
import { handleV3 } from './recorded-v3.routes';
import { handleV4 } from './recorded-v4.routes';

/**
 * Answers one OData request from recorded tables as the CBS service of that version would: a path relative to
 * the version's base URL (v3 `/ODataApi/odata/<id>/…`, v4 `/CBS/<id>/…`) and the query string as sent. What CBS
 * would refuse is thrown as an `ODataRequestError` with the status it would send.
 */
export function answerRecordedRequest(
  state: RecordedODataState,
  version: ODataVersion,
  relativePath: string,
  rawQuery: string,
  pathname = relativePath,
): RecordedAnswer {
  let segments: string[];
  try {
    segments = relativePath
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    throw new ODataRequestError(400, `Malformed path ${JSON.stringify(pathname)}`, version);
  }
  const request = { pathname, segments, query: parseODataQuery(rawQuery, version) };
  return version === 'v4' ? handleV4(state, request) : handleV3(state, request);
}
