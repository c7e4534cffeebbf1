import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { MunicipalFilesModule } from '@koers/municipal-files/nest';
import { AuthModule } from '../auth/auth.module';
import { UploadErrorsInterceptor } from './upload-errors.interceptor';
import { UploadWithdrawalService } from './upload-withdrawal.service';
import { UploadedFileListService } from './uploaded-file-list.service';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

/** A few parts more than the one file, so a second file or a misnamed field is named rather than cut off. */
const FORM_LIMITS = { files: 3, fields: 10, fieldSize: 4096 };

/**
 * The municipality's files over HTTP: `POST /uploads/{kind}` (editor), the stored versions and their withdrawal
 * (editor), the templates. The file is held in memory (at most UPLOAD_MAX_MB) because it is hashed, checked
 * whole (in a worker thread) and stored whole.
 */
@Module({
  imports: [
    AuthModule,
    MunicipalFilesModule,
    MulterModule.registerAsync({
      inject: [KOERS_CONFIG],
      useFactory: (config: KoersConfig) => ({ limits: { ...FORM_LIMITS, fileSize: config.uploads.maxBytes }, defParamCharset: 'utf8' }),
    }),
  ],
  controllers: [UploadsController],
  providers: [UploadsService, UploadWithdrawalService, UploadedFileListService, UploadErrorsInterceptor],
})
export class UploadsModule {}
