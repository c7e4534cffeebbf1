import { Module } from '@nestjs/common';
import { IndicatorsModule } from '../indicators/indicators.module';
import { RegionsModule } from '../regions/regions.module';
import { ChartDataController } from './chart-data.controller';
import { ChartDataService } from './chart-data.service';

/** The figures of an indicator chart as files (`GET /indicators/:id/chart-data`). */
@Module({
  imports: [IndicatorsModule, RegionsModule],
  controllers: [ChartDataController],
  providers: [ChartDataService],
})
export class ChartDataModule {}
