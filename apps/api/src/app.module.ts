import { DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import { KoersConfig } from '@koers/config';
import { ConfigModule } from '@koers/config/nest';
import { DatabaseModule } from '@koers/db/nest';
import { AmbitionsModule } from './ambitions/ambitions.module';
import { ApiOptions, ApiOptionsModule } from './api-options';
import { AuthModule } from './auth/auth.module';
import { ChartDataModule } from './chart-data/chart-data.module';
import { CacheModule } from './cache/cache.module';
import { CatalogModule } from './catalog/catalog.module';
import { FeedsModule } from './feeds/feeds.module';
import { CoverageModule } from './coverage/coverage.module';
import { API_DATABASE } from './database/api-database';
import { DownloadsModule } from './downloads/downloads.module';
import { EtlRunsModule } from './etl-runs/etl-runs.module';
import { HealthModule } from './health/health.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { LandingModule } from './landing/landing.module';
import { MunicipalityModule } from './municipality/municipality.module';
import { ObservationsModule } from './observations/observations.module';
import { throttlerOptions } from './rate-limit/rate-limit';
import { RegionProfilesModule } from './region-profiles/region-profiles.module';
import { RegionsModule } from './regions/regions.module';
import { ReportsModule } from './reports/reports.module';
import { SourcesModule } from './sources/sources.module';
import { UploadsModule } from './uploads/uploads.module';

@Module({})
export class AppModule {
  static forRoot(config: KoersConfig, databaseUrl: string, options: ApiOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ApiOptionsModule.forRoot(options),
        DatabaseModule.forRoot(databaseUrl, API_DATABASE),
        ThrottlerModule.forRoot(throttlerOptions(options)),
        CacheModule,
        HealthModule,
        AuthModule,
        AmbitionsModule,
        CoverageModule,
        IndicatorsModule,
        ChartDataModule,
        RegionsModule,
        MunicipalityModule,
        RegionProfilesModule,
        ObservationsModule,
        DownloadsModule,
        SourcesModule,
        ReportsModule,
        EtlRunsModule,
        UploadsModule,
        CatalogModule,
        FeedsModule,
        LandingModule,
      ],
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
