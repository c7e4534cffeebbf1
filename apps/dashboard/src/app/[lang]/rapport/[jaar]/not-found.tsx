import type { Metadata } from 'next';
import { REPORT_NOT_FOUND_TITLE } from '../../../../components/report/report-texts';
import { ReportYearLinks } from '../../../../components/report/report-year-links';

export const metadata: Metadata = { title: REPORT_NOT_FOUND_TITLE };

/** A year without a report (a year still to come, or before the base year): the years that have one. */
export default function ReportNotFound() {
  return (
    <div className="space-y-3" data-testid="report-not-found">
      <h1 className="text-tremor-metric font-semibold">
        Geen raadsrapportage voor dit jaar{' '}
        <span lang="en" className="text-tremor-content-emphasis">
          · No council report for this year
        </span>
      </h1>
      <p className="max-w-prose">
        Een rapportage is er voor elk jaar vanaf het basisjaar van de omgevingsvisie tot en met dit jaar (dat is nog een concept). Kies een
        ander jaar:
      </p>
      <ReportYearLinks />
    </div>
  );
}
