import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiLanguage } from '@koers/api-contracts';
import type { LocalizedText } from '@koers/indicators';
import type { Request, Response } from 'express';
import type { AmbitionsErrorCode } from '../ambitions/ambitions.exception';
import type { AuthErrorCode } from '../auth/auth.exception';
import type { ReportsErrorCode } from '../reports/reports.exception';
import type { DownloadsErrorCode } from '../downloads/downloads.exception';
import type { HealthErrorCode } from '../health/health.exception';
import type { EtlRunsErrorCode } from '../etl-runs/etl-runs.exception';
import type { IndicatorsErrorCode } from '../indicators/indicators.exception';
import type { ObservationsErrorCode } from '../observations/observations.exception';
import type { RegionsErrorCode } from '../regions/regions.exception';
import type { UploadsErrorCode } from '../uploads/uploads.exception';
import { ApiException } from './api.exception';
import { languageOfRawQuery } from './language';
import { PROBLEM_MEDIA_TYPE, type ProblemParts, problemOf } from './problem-details';
import { type UnreadableBody, unreadableBodyOf } from './unreadable-body';
import { type ValidationErrorCode, ValidationException } from './validation.exception';

/** Every code of every feature module. */
export type ApiErrorCode =
  | ValidationErrorCode
  | AmbitionsErrorCode
  | IndicatorsErrorCode
  | RegionsErrorCode
  | ObservationsErrorCode
  | DownloadsErrorCode
  | EtlRunsErrorCode
  | UploadsErrorCode
  | AuthErrorCode
  | ReportsErrorCode
  | HealthErrorCode;

/** The one place module error codes become HTTP statuses. */
export const ERROR_STATUS: Readonly<Record<ApiErrorCode, HttpStatus>> = {
  INVALID_PARAMETER: HttpStatus.BAD_REQUEST,
  AMBITION_NOT_FOUND: HttpStatus.NOT_FOUND,
  INDICATOR_NOT_FOUND: HttpStatus.NOT_FOUND,
  REGION_NOT_FOUND: HttpStatus.NOT_FOUND,
  TABLE_NOT_FOUND: HttpStatus.NOT_FOUND,
  MEASURE_NOT_FOUND: HttpStatus.NOT_FOUND,
  DOWNLOAD_NOT_FOUND: HttpStatus.NOT_FOUND,
  RUN_NOT_FOUND: HttpStatus.NOT_FOUND,
  RUN_REQUEST_NOT_FOUND: HttpStatus.NOT_FOUND,
  SOURCE_NOT_FOUND: HttpStatus.NOT_FOUND,
  UPLOAD_KIND_NOT_FOUND: HttpStatus.NOT_FOUND,
  TEMPLATE_NOT_FOUND: HttpStatus.NOT_FOUND,
  UPLOAD_NOT_FOUND: HttpStatus.NOT_FOUND,
  FILE_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  UPLOAD_BUSY: HttpStatus.CONFLICT,
  UPLOAD_CHECKS_BUSY: HttpStatus.TOO_MANY_REQUESTS,
  UPLOAD_ALREADY_WITHDRAWN: HttpStatus.CONFLICT,
  UPLOAD_KIND_MISMATCH: HttpStatus.CONFLICT,
  UPLOAD_REJECTED: HttpStatus.UNPROCESSABLE_ENTITY,
  KEY_NOT_FOUND: HttpStatus.NOT_FOUND,
  UNAUTHORIZED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  REPORT_YEAR_NOT_FOUND: HttpStatus.NOT_FOUND,
  EDITION_NOT_FOUND: HttpStatus.NOT_FOUND,
  HEALTH_DEGRADED: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Codes and texts of statuses Nest or its middleware raise themselves (unknown route, rate limit, body parser). */
const HTTP_TEXT: Readonly<Partial<Record<number, { code: string; text: LocalizedText }>>> = {
  400: { code: 'BAD_REQUEST', text: { nl: 'Het verzoek is ongeldig.', en: 'The request is invalid.' } },
  404: { code: 'NOT_FOUND', text: { nl: 'Dit adres bestaat niet in de API.', en: 'This path does not exist in the API.' } },
  413: { code: 'PAYLOAD_TOO_LARGE', text: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' } },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', text: { nl: 'Deze inhoud kan de API niet lezen.', en: 'The API cannot read this content.' } },
  429: {
    code: 'TOO_MANY_REQUESTS',
    text: { nl: 'Te veel verzoeken; probeer het zo opnieuw.', en: 'Too many requests; try again shortly.' },
  },
};

/** Bodies body-parser refused; a malformed one is an invalid parameter `body` (400 through ERROR_STATUS). */
const BODY_STATUS: Readonly<Record<Exclude<UnreadableBody['kind'], 'malformed'>, HttpStatus>> = {
  'too-large': HttpStatus.PAYLOAD_TOO_LARGE,
  unsupported: HttpStatus.UNSUPPORTED_MEDIA_TYPE,
  incomplete: HttpStatus.BAD_REQUEST,
};

const INTERNAL: LocalizedText = { nl: 'Er ging iets mis in de API.', en: 'Something went wrong in the API.' };

/** The longest `instance` a problem repeats: a path is never that long, a hostile one may be. */
const MAX_INSTANCE = 500;

function isKnownCode(code: string): code is ApiErrorCode {
  return Object.prototype.hasOwnProperty.call(ERROR_STATUS, code);
}

/** The path asked for, without its query: the problem's `instance`. */
function instanceOf(request: Request): string {
  return (request.originalUrl ?? request.url ?? '').split('?')[0]!.slice(0, MAX_INSTANCE);
}

type Parts = Omit<ProblemParts, 'instance'>;

/** Maps every exception to an RFC 9457 problem (`application/problem+json`) in the requested language. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Api');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    if (response.headersSent) {
      // A download failed midway: the status is gone, so the connection is cut.
      response.destroy();
      return;
    }
    const lang = languageOfRawQuery(request.query);
    const problem = problemOf({ ...this.partsOf(exception, lang), instance: instanceOf(request) }, lang);
    if (problem.status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer realm="koers"');
    response.status(problem.status).setHeader('Content-Type', `${PROBLEM_MEDIA_TYPE}; charset=utf-8`);
    response.json(problem);
  }

  private partsOf(exception: unknown, lang: ApiLanguage): Parts {
    if (exception instanceof ApiException && isKnownCode(exception.code)) return apiParts(exception, exception.code, lang);
    if (exception instanceof HttpException) return statusParts(exception.getStatus(), lang, exception.message);
    const unreadable = unreadableBodyOf(exception);
    if (unreadable?.kind === 'malformed') return apiParts(new ValidationException('body', unreadable.reason), 'INVALID_PARAMETER', lang);
    if (unreadable) return { ...statusParts(BODY_STATUS[unreadable.kind], lang, ''), detail: unreadable.text[lang] };
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    return { status: HttpStatus.INTERNAL_SERVER_ERROR, code: 'INTERNAL_ERROR', detail: INTERNAL[lang] };
  }
}

function apiParts(exception: ApiException<string>, code: ApiErrorCode, lang: ApiLanguage): Parts {
  const base = { status: ERROR_STATUS[code], code, detail: exception.text[lang], extensions: exception.extensions };
  return exception.parameter === undefined
    ? base
    : { ...base, invalidParam: { name: exception.parameter, reason: exception.reason?.[lang] ?? '' } };
}

/** A status raised outside the feature modules, with its known text, else `fallback`. */
function statusParts(status: number, lang: ApiLanguage, fallback: string): Parts {
  const known = HTTP_TEXT[status];
  return { status, code: known?.code ?? `HTTP_${status}`, detail: known?.text[lang] ?? fallback };
}
