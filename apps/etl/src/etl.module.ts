import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { KoersConfig } from '@koers/config';
import { ConfigModule } from '@koers/config/nest';
import { ENTITIES, MIGRATIONS } from '@koers/db';
import { SchedulingModule } from './scheduling/scheduling.module';
import { SourcesModule } from './sources/sources.module';

/** The ETL process: its sources, and the schedule that runs them. */
@Module({})
export class EtlModule {
  static forRoot(config: KoersConfig, databaseUrl: string, options: { schedule: boolean }): DynamicModule {
    return {
      module: EtlModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: databaseUrl,
          applicationName: 'koers-etl',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          migrationsTableName: 'schema_migration',
          synchronize: false,
          logging: ['error'],
        }),
        SourcesModule,
        ...(options.schedule ? [SchedulingModule] : []),
      ],
    };
  }
}
