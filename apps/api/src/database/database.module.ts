import { DynamicModule, Global, Inject, Module, OnModuleDestroy } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Pool } from 'pg';
import { ENTITIES, MIGRATIONS } from '@koers/db';

/** node-postgres pool for the read queries: parameterised SQL, COPY streams and cursors, which an ORM hides. */
export const PG_POOL = Symbol('PG_POOL');

/** The database URL in use, for what needs its own connection (the loader's advisory lock). */
export const DATABASE_URL = Symbol('DATABASE_URL');

/**
 * TypeORM on the database main.ts opened (health, API keys), and a pg pool beside it for the reads. The schema
 * is the migrations' job, never `synchronize`.
 */
@Global()
@Module({})
export class DatabaseModule implements OnModuleDestroy {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

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
      providers: [
        { provide: PG_POOL, useFactory: () => new Pool({ connectionString: url, max: 10, application_name: 'koers-api-read' }) },
        { provide: DATABASE_URL, useValue: url },
      ],
      exports: [PG_POOL, DATABASE_URL],
    };
  }

  async onModuleDestroy(): Promise<void> {
    await this.pool.end();
  }
}
