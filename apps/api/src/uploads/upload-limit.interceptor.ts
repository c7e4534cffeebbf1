import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { Observable, catchError, throwError } from 'rxjs';
import { UploadsException } from './uploads.exception';

/**
 * Multer stops reading at UPLOAD_MAX_MB and raises a bare 413; this names the limit and what to do instead.
 * Listed before the file interceptor, so it wraps it.
 */
@Injectable()
export class UploadLimitInterceptor implements NestInterceptor {
  constructor(@Inject(KOERS_CONFIG) private readonly config: KoersConfig) {}

  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(catchError((error: unknown) => throwError(() => (error instanceof PayloadTooLargeException ? UploadsException.tooLarge(this.config.uploads.maxBytes) : error))));
  }
}
