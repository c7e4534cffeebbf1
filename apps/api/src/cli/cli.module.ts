import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { KoersConfig } from '@koers/config';
import { ConfigModule } from '@koers/config/nest';
import { ApiKeyEntity } from '@koers/db';
import { ApiKeyService } from '../auth/api-key.service';
import { DatabaseModule } from '../database/database.module';

/** What the `npm run api` commands need: the database and the API key service, not the HTTP server. */
@Module({})
export class CliModule {
  static forRoot(config: KoersConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databaseUrl), TypeOrmModule.forFeature([ApiKeyEntity])],
      providers: [ApiKeyService],
      exports: [ApiKeyService],
    };
  }
}
