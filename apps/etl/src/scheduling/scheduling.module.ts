import { Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { LoadingModule } from '@koers/loading/nest';
import { SourcesModule } from '../sources/sources.module';
import { SourceScheduleService } from './source-schedule.service';

/** The only place ScheduleModule.forRoot() is imported, so no cron registers twice. */
@Module({ imports: [ScheduleModule.forRoot(), SourcesModule, LoadingModule], providers: [SourceScheduleService] })
export class SchedulingModule {}
