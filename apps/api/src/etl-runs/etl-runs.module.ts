import { Module } from '@nestjs/common';
import { EtlRunsController } from './etl-runs.controller';
import { EtlRunsService } from './etl-runs.service';

@Module({ controllers: [EtlRunsController], providers: [EtlRunsService] })
export class EtlRunsModule {}
