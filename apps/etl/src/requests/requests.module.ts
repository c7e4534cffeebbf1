import { Module } from '@nestjs/common';
import { LoadingModule } from '@koers/loading/nest';
import { SourcesModule } from '../sources/sources.module';
import { RunRequestWorker } from './run-request.worker';

/** The ETL process's worker for runs asked for through the API (POST /api/v1/etl/runs). */
@Module({ imports: [LoadingModule, SourcesModule], providers: [RunRequestWorker] })
export class RequestsModule {}
