import type { ReportChangesResponse, ReportPageResponse, ReportYearsResponse } from '@koers/api-contracts';
import type { Lang } from '../i18n/lang';
import { ApiResult, getFromApi } from './api-client';
import { query } from './query';

/** Which report to read: the adopted edition of the year (the default) or its draft. */
export interface ReportOptions {
  readonly concept?: boolean;
}

/** GET /reports: the years with a report, their editions and the last complete year. */
export function getReportYears(lang: Lang): Promise<ApiResult<ReportYearsResponse>> {
  return getFromApi<ReportYearsResponse>(`/reports${query(lang)}`);
}

/** GET /reports/:year[?concept=true]: the whole council report of a year, with its years and changes, in one response. */
export function getReport(year: number, lang: Lang, options: ReportOptions = {}): Promise<ApiResult<ReportPageResponse>> {
  return getFromApi<ReportPageResponse>(`/reports/${year}${query(lang, { concept: options.concept ? 'true' : undefined })}`);
}

/** GET /reports/:year/editions/:number: an adopted edition, exactly as adopted, with its years and changes. */
export function getEdition(year: number, number: number, lang: Lang): Promise<ApiResult<ReportPageResponse>> {
  return getFromApi<ReportPageResponse>(`/reports/${year}/editions/${number}${query(lang)}`);
}

/** GET /reports/:year/changes[?concept=true]: what changed since the previous edition. */
export function getReportChanges(year: number, lang: Lang, options: ReportOptions = {}): Promise<ApiResult<ReportChangesResponse>> {
  return getFromApi<ReportChangesResponse>(`/reports/${year}/changes${query(lang, { concept: options.concept ? 'true' : undefined })}`);
}
