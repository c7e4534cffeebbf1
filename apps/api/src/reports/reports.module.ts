import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { IndicatorDataModule } from '../indicator-data/indicator-data.module';
import { EditionsStore } from './editions.store';
import { ReportChangesService } from './report-changes.service';
import { ReportPageService } from './report-page.service';
import { ReportsController } from './reports.controller';
import { ReportsService } from './reports.service';

@Module({
  imports: [IndicatorDataModule, AuthModule],
  controllers: [ReportsController],
  providers: [ReportsService, ReportChangesService, ReportPageService, EditionsStore],
  exports: [EditionsStore],
})
export class ReportsModule {}
