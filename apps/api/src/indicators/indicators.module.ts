import { Module } from '@nestjs/common';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { IndicatorRegionsService } from './indicator-regions.service';
import { IndicatorsController } from './indicators.controller';
import { IndicatorsService } from './indicators.service';

@Module({
  imports: [IndicatorDataModule],
  controllers: [IndicatorsController],
  providers: [IndicatorsService, IndicatorRegionsService],
  exports: [IndicatorsService],
})
export class IndicatorsModule {}
