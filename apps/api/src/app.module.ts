import { DynamicModule, Module } from '@nestjs/common';
import { KoersConfig } from '@koers/config';
import { ConfigModule } from '@koers/config/nest';
import { DatabaseModule } from './database/database.module';
import { HealthModule } from './health/health.module';

@Module({})
export class AppModule {
  static forRoot(config: KoersConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(databaseUrl), HealthModule],
    };
  }
}
