import { DynamicModule, Module } from '@nestjs/common';
import { KoersConfig } from '@koers/config';
import { ConfigModule } from '@koers/config/nest';
import { DatabaseModule } from '@koers/db/nest';
import { ETL_DATABASE } from './etl-database';
import { LoadingModule } from '@koers/loading/nest';
import { RequestsModule } from './requests/requests.module';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SeedingModule } from './seeding/seeding.module';
import { SourcesModule } from './sources/sources.module';

/** The ETL process: its sources, and the schedule that runs them. */
@Module({})
export class EtlModule {
  static forRoot(config: KoersConfig, databaseUrl: string, options: { schedule: boolean }): DynamicModule {
    return {
      module: EtlModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl, ETL_DATABASE),
        LoadingModule,
        SourcesModule,
        SeedingModule,
        // The long-running process only: the schedule and the worker for runs asked for through the API.
        ...(options.schedule ? [SchedulingModule, RequestsModule] : []),
      ],
    };
  }
}
