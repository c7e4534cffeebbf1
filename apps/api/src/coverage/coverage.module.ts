import { Module } from '@nestjs/common';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { CoverageController } from './coverage.controller';
import { CoverageService } from './coverage.service';

@Module({ imports: [IndicatorDataModule], controllers: [CoverageController], providers: [CoverageService] })
export class CoverageModule {}
