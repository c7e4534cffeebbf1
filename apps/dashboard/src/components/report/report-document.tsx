import type { ReportResponse, ReportYearsResponse } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { runningHeader } from '../../lib/view/report-edition.view';
import { PrintFurniture } from './print-furniture';
import { ReportAmbitionSection } from './report-ambition-section';
import { ReportCover } from './report-cover';
import { ReportNav } from './report-nav';
import { ReportSources } from './report-sources';
import { ReportSummary } from './report-summary';

interface Props {
  readonly report: ReportResponse;
  readonly years: ReportYearsResponse | null;
  readonly changes: string | null;
  readonly changesPath: string;
  readonly conceptAsked: boolean;
  readonly lang: Lang;
}

/**
 * The council report as one document, the same on screen and on A4: cover, one-page summary, a section per
 * ambition, sources. The draft and an adopted edition render alike; only their status and adoption line differ.
 */
export function ReportDocument({ report, years, changes, changesPath, conceptAsked, lang }: Props) {
  const regionName = report.region.name ?? report.region.code;
  return (
    <article className="report space-y-6" data-testid="report" data-status={report.status} lang={lang}>
      <PrintFurniture header={runningHeader(report, lang)} lang={lang} />
      <ReportCover report={report} lang={lang} />
      <ReportNav report={report} years={years} conceptAsked={conceptAsked} lang={lang} />
      <ReportSummary report={report} changes={changes} changesPath={changesPath} lang={lang} />
      {report.ambitions.map((ambition) => (
        <ReportAmbitionSection
          key={ambition.id}
          ambition={ambition}
          year={report.year}
          regionName={regionName}
          previousEditionNumber={report.previousEdition?.number ?? null}
          lang={lang}
        />
      ))}
      <ReportSources report={report} lang={lang} />
    </article>
  );
}
