import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { EtlRunsController } from './etl-runs.controller';
import { EtlRunsService } from './etl-runs.service';
import { RunRequestsController } from './run-requests.controller';
import { RunRequestsService } from './run-requests.service';

/** The run log, and runs an admin asks for (queued for the ETL process). */
@Module({ imports: [AuthModule], controllers: [EtlRunsController, RunRequestsController], providers: [EtlRunsService, RunRequestsService] })
export class EtlRunsModule {}
