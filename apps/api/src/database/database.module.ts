import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ENTITIES, MIGRATIONS } from '@koers/db';

/** TypeORM on the database main.ts opened. The schema is the migrations' job, never `synchronize`. */
@Module({})
export class DatabaseModule {
  static forRoot(url: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url,
          applicationName: 'koers-api',
          entities: ENTITIES,
          migrations: MIGRATIONS,
          migrationsTableName: 'schema_migration',
          synchronize: false,
          migrationsRun: false,
          logging: ['error'],
        }),
      ],
    };
  }
}
