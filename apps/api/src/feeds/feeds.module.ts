import { Module } from '@nestjs/common';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { MunicipalityModule } from '../municipality/municipality.module';
import { ReportsModule } from '../reports/reports.module';
import { ChangeFeedService } from './change-feed.service';
import { FeedsController } from './feeds.controller';
import { StatusHistoryService } from './status-history.service';

@Module({
  imports: [IndicatorDataModule, ReportsModule, MunicipalityModule],
  controllers: [FeedsController],
  providers: [ChangeFeedService, StatusHistoryService],
})
export class FeedsModule {}
