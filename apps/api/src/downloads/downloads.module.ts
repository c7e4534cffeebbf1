import { Module } from '@nestjs/common';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { ObservationsModule } from '../observations/observations.module';
import { DownloadsController } from './downloads.controller';
import { DownloadsService } from './downloads.service';

@Module({
  imports: [IndicatorDataModule, ObservationsModule],
  controllers: [DownloadsController],
  providers: [DownloadsService],
  exports: [DownloadsService],
})
export class DownloadsModule {}
