import type { ReportResponse, ReportYearsResponse } from '@koers/api-contracts';
import type { Lang } from '../../lib/i18n/lang';
import { href } from '../../lib/i18n/lang';
import { editionPath } from '../../lib/view/report-edition.view';
import { PrintButton } from '../print-button';
import { reportTexts } from './report-texts';

interface Props {
  readonly report: ReportResponse;
  /** The years with a report, for the year picker; null on an edition page or when they could not be read. */
  readonly years: ReportYearsResponse | null;
  /** The report shown is the draft although the year has an adopted edition (`?concept=true`). */
  readonly conceptAsked: boolean;
  readonly lang: Lang;
}

const LINK = 'text-tremor-brand-emphasis underline';

/** What only makes sense on screen: the year picker, the editions before and after, the draft or edition, printing. */
export function ReportNav({ report, years, conceptAsked, lang }: Props) {
  const t = reportTexts(lang);
  const year = report.year;
  const editions = years?.years.find((y) => y.year === year)?.editions ?? [];
  const edition = (e: { year: number; number: number }) => `${t.edition(e.number)} (${e.year})`;
  return (
    <div className="no-print space-y-3 rounded-tremor-default border border-tremor-border bg-white p-4" data-testid="report-nav">
      {years && (
        <nav aria-label={t.yearsLabel}>
          <p className="text-tremor-default font-medium">{t.years}</p>
          <ul className="mt-1 flex flex-wrap gap-1" data-testid="year-picker">
            {years.years.map((y) => (
              <li key={y.year}>
                <a
                  href={href(lang, `/rapport/${y.year}`)}
                  aria-current={y.year === year ? 'page' : undefined}
                  className={`inline-block rounded-tremor-small border px-2.5 py-1 tabular-nums ${y.year === year ? 'border-teal-800 bg-teal-800 text-white' : 'border-tremor-border hover:bg-teal-50'}`}
                >
                  {y.year}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-tremor-default">
        {report.previousEdition && (
          <li>
            <a className={LINK} href={href(lang, editionPath(report.previousEdition))} rel="prev">
              {t.previousEdition(edition(report.previousEdition))}
            </a>
          </li>
        )}
        {report.nextEdition && (
          <li>
            <a className={LINK} href={href(lang, editionPath(report.nextEdition))} rel="next">
              {t.nextEdition(edition(report.nextEdition))}
            </a>
          </li>
        )}
        {report.adoption && (
          <li>
            <a className={LINK} href={href(lang, editionPath(report.adoption))} data-testid="edition-link">
              {t.permanent}
            </a>
          </li>
        )}
        {report.status === 'vastgesteld' && (
          <li>
            <a className={LINK} href={href(lang, `/rapport/${year}?concept=true`)}>
              {t.showConcept}
            </a>
          </li>
        )}
        {conceptAsked && editions.length > 0 && (
          <li>
            <a className={LINK} href={href(lang, `/rapport/${year}`)}>
              {t.showAdopted}
            </a>
          </li>
        )}
        <li>
          <PrintButton label={t.print} />
        </li>
      </ul>
      {report.status === 'concept' && (
        <p className="text-tremor-default text-tremor-content-emphasis" data-testid="adopt-hint">
          {t.adoptHint}{' '}
          <a className={LINK} href={href(lang, `/beheer/vaststellen?jaar=${year}`)}>
            {t.adoptLink}
          </a>
        </p>
      )}
    </div>
  );
}
