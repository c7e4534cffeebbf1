import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { IndicatorResultsService } from './indicator-results.service';
import { ObservationReaderService } from './observation-reader.service';
import { UploadedFilesService } from './uploaded-files.service';

/** Reading observations into the library's input series, and computing through libs/indicators. */
@Module({
  imports: [RegionsModule],
  providers: [ObservationReaderService, IndicatorResultsService, UploadedFilesService],
  exports: [ObservationReaderService, IndicatorResultsService, UploadedFilesService, RegionsModule],
})
export class IndicatorDataModule {}
