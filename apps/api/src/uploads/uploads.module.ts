import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import type { KoersConfig } from '@koers/config';
import { KOERS_CONFIG } from '@koers/config/nest';
import { AuthModule } from '../auth/auth.module';
import { municipalImportProvider } from './municipal-import.provider';
import { UploadLimitInterceptor } from './upload-limit.interceptor';
import { UploadedFileListService } from './uploaded-file-list.service';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

/**
 * The municipality's files over HTTP: `POST /uploads/{kind}` (editor), the stored versions, the templates. The
 * file is held in memory (at most UPLOAD_MAX_MB) because it is hashed, validated whole and stored whole.
 */
@Module({
  imports: [
    AuthModule,
    MulterModule.registerAsync({
      inject: [KOERS_CONFIG],
      useFactory: (config: KoersConfig) => ({ limits: { fileSize: config.uploads.maxBytes, files: 1, fields: 0 }, defParamCharset: 'utf8' }),
    }),
  ],
  controllers: [UploadsController],
  providers: [municipalImportProvider, UploadsService, UploadedFileListService, UploadLimitInterceptor],
})
export class UploadsModule {}
