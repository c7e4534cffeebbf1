import { Injectable } from '@nestjs/common';
import type { ApiLanguage, ReportChangeCounts, ReportChangesResponse, ReportResponse } from '@koers/api-contracts';
import { PROGRESS_STATUS_LABELS, type ProgressStatus, type ReportSnapshot, editionChanges } from '@koers/indicators';
import { ReportsService } from './reports.service';

function snapshotOf(report: ReportResponse): ReportSnapshot {
  return {
    indicators: report.ambitions.flatMap((a) =>
      a.indicators.map((i) => ({ id: i.id, status: i.status, scale: i.scale, inputs: i.inputs })),
    ),
    sources: report.sources,
  };
}

type ChangeLists = Omit<ReportChangesResponse, 'year' | 'since' | 'report'>;

/** What changed in a year's report (its adopted edition, or the draft) since the edition before it. */
@Injectable()
export class ReportChangesService {
  constructor(private readonly reports: ReportsService) {}

  async changes(year: number, lang: ApiLanguage, options: { concept?: boolean } = {}): Promise<ReportChangesResponse> {
    const report = await this.reports.report(year, lang, { concept: options.concept });
    return {
      year,
      since: report.previousEdition,
      report: { status: report.status, adoption: report.adoption, peildatum: report.peildatum },
      ...(await this.lists(report, lang)),
    };
  }

  /** The changes of a report (or an edition) since the edition before it, counted: what its page summarises. */
  async counts(report: ReportResponse, lang: ApiLanguage): Promise<ReportChangeCounts> {
    const lists = await this.lists(report, lang);
    return {
      since: report.previousEdition,
      statusChanges: lists.statusChanges.length,
      revisions: lists.revisions.length,
      added: lists.added.length,
      dropped: lists.dropped.length,
      newSources: lists.newSources.length,
    };
  }

  private async lists(report: ReportResponse, lang: ApiLanguage): Promise<ChangeLists> {
    if (report.previousEdition === null) return { statusChanges: [], revisions: [], added: [], dropped: [], newSources: [] };
    const before = await this.reports.edition(report.previousEdition.year, report.previousEdition.number, lang);
    const changes = editionChanges(snapshotOf(before), snapshotOf(report));
    const titles = new Map([...before.ambitions, ...report.ambitions].flatMap((a) => a.indicators.map((i) => [i.id, i.title] as const)));
    const label = (status: ProgressStatus) => PROGRESS_STATUS_LABELS[status][lang];
    return {
      statusChanges: changes.statusChanges.map((c) => ({
        indicator: c.indicator,
        title: titles.get(c.indicator) ?? c.indicator,
        from: c.from,
        fromLabel: label(c.from),
        to: c.to,
        toLabel: label(c.to),
        direction: c.direction,
      })),
      revisions: changes.revisions.map((r) => ({
        indicator: r.indicator,
        title: titles.get(r.indicator) ?? r.indicator,
        measure: r.figure.measure,
        tableId: r.figure.tableId,
        region: r.figure.region,
        period: r.figure.period,
        previousValue: r.previousValue,
        value: r.figure.publishedValue,
        previousPublishedAt: r.previousPublishedAt,
        publishedAt: r.figure.publishedAt,
      })),
      added: changes.added.map((id) => ({ id, title: titles.get(id) ?? id })),
      dropped: changes.dropped.map((id) => ({ id, title: titles.get(id) ?? id })),
      newSources: changes.newSources,
    };
  }
}
