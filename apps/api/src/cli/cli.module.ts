import { DynamicModule, Module } from '@nestjs/common';
import type { KoersConfig } from '@koers/config';
import { ConfigModule } from '@koers/config/nest';
import { DatabaseModule } from '@koers/db/nest';
import { ApiKeyService } from '../auth/api-key.service';

/** What the `npm run api` commands need: the database and the API key service, not the HTTP server. */
@Module({})
export class CliModule {
  static forRoot(config: KoersConfig, databaseUrl: string): DynamicModule {
    return {
      module: CliModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databaseUrl, { applicationName: 'koers-api-cli', maxConnections: 1 })],
      providers: [ApiKeyService],
      exports: [ApiKeyService],
    };
  }
}
