import {
  BadRequestException,
  CallHandler,
  ExecutionContext,
  Inject,
  Injectable,
  NestInterceptor,
  PayloadTooLargeException,
} from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import type { Response } from 'express';
import { Observable, catchError, throwError } from 'rxjs';
import { ValidationException } from '../common/validation.exception';
import { FILE_FIELD } from './uploaded-part.picker';
import { CHECKS_RETRY_AFTER_SECONDS, UploadsException } from './uploads.exception';

/**
 * Names what went wrong with an upload request before or beside the import: multer's bare 413 becomes the upload
 * limit and what to do instead, its bare 400 (a broken form, too many parts) names the form, and a refusal because
 * every check slot is taken carries Retry-After. Listed before the file interceptor, so it wraps it.
 */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  constructor(@Inject(KOERS_CONFIG) private readonly config: KoersConfig) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const response = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(catchError((error: unknown) => throwError(() => this.named(error, response))));
  }

  private named(error: unknown, response: Response): unknown {
    if (error instanceof PayloadTooLargeException) return UploadsException.tooLarge(this.config.uploads.maxBytes);
    if (error instanceof UploadsException && error.code === 'UPLOAD_CHECKS_BUSY')
      response.setHeader('Retry-After', String(CHECKS_RETRY_AFTER_SECONDS));
    if (error instanceof BadRequestException) {
      return new ValidationException(FILE_FIELD, {
        nl: `is niet te lezen: het multipart/form-data-formulier klopt niet (${error.message}); stuur één bestand in het veld "file"`,
        en: `cannot be read: the multipart/form-data form is broken (${error.message}); send one file in the field "file"`,
      });
    }
    return error;
  }
}
