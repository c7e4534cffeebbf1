import { Injectable } from '@nestjs/common';
import type { ApiLanguage, ReportPageResponse, ReportResponse } from '@koers/api-contracts';
import { ReportChangesService } from './report-changes.service';
import { ReportsService } from './reports.service';

/** A report (or an edition) with what its page shows around it: the years with a report, and what changed. */
@Injectable()
export class ReportPageService {
  constructor(
    private readonly reports: ReportsService,
    private readonly changes: ReportChangesService,
  ) {}

  async page(report: ReportResponse, lang: ApiLanguage): Promise<ReportPageResponse> {
    const [years, changes] = await Promise.all([this.reports.years(), this.changes.counts(report, lang)]);
    return { ...report, years, changes };
  }
}
