import { Injectable } from '@nestjs/common';
import type {
  AdoptEditionRequest,
  AdoptionView,
  ApiLanguage,
  EditionRef,
  ReportFigureView,
  ReportResponse,
  ReportYearsResponse,
} from '@koers/api-contracts';
import { INDICATORS, isCalendarDate, judgedRegionOf } from '@koers/indicators';
import { DataVersionService } from '../cache/data-version.service';
import { EvaluationDateService } from '../cache/evaluation-date.service';
import { ValidationException } from '../common/validation.exception';
import { IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { RegionDirectoryService } from '../regions/region-directory.service';
import { type EditionContent, EditionsStore, editionRef } from './editions.store';
import { reportEvaluationDate, reportYearRange } from './report-years';
import { reportView } from './report.view';
import { ReportsException } from './reports.exception';

const LANGS: readonly ApiLanguage[] = ['nl', 'en'];

/** A draft stands after every edition of its year: its previous edition is the newest adopted one up to its year. */
const DRAFT_NUMBER = 99_999;

/** Editions in order; the one just before a position (year, number) and the one just after. */
function neighbours(
  editions: readonly AdoptionView[],
  year: number,
  number: number,
): { previous: EditionRef | null; next: EditionRef | null } {
  const order = (e: { year: number; number: number }) => e.year * 100_000 + e.number;
  const here = year * 100_000 + number;
  const before = editions.filter((e) => order(e) < here).at(-1);
  const after = editions.find((e) => order(e) > here);
  return { previous: before ? editionRef(before) : null, next: after ? editionRef(after) : null };
}

/**
 * Council reports: the draft of a year judged on the series cut at that year, with the data as published on the
 * peildatum; adopted editions stored once and served as adopted; what changed since the previous edition.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly results: IndicatorResultsService,
    private readonly regions: RegionDirectoryService,
    private readonly editions: EditionsStore,
    private readonly dates: EvaluationDateService,
    private readonly versions: DataVersionService,
  ) {}

  async years(): Promise<ReportYearsResponse> {
    const range = reportYearRange(this.dates.today());
    const editions = await this.editions.list();
    const years = [];
    for (let year = range.last; year >= range.first; year -= 1)
      years.push({ year, editions: editions.filter((e) => e.year === year).map(editionRef) });
    return { lastCompleteYear: range.lastComplete, years };
  }

  /** The adopted edition of the year (the newest) unless the draft is asked for; else the draft. */
  async report(year: number, lang: ApiLanguage, options: { peildatum?: string; concept?: boolean } = {}): Promise<ReportResponse> {
    this.assertYear(year);
    const editions = await this.editions.list();
    const adopted = editions.filter((e) => e.year === year).at(-1);
    if (adopted && !options.concept && options.peildatum === undefined) return this.edition(year, adopted.number, lang);
    return this.draft(year, this.peildatum(options.peildatum), lang, editions);
  }

  /** One adopted edition, exactly as stored, with links to the editions before and after it. */
  async edition(year: number, number: number, lang: ApiLanguage): Promise<ReportResponse> {
    const content = await this.editions.content(year, number);
    if (content === null) throw ReportsException.editionNotFound(year, number);
    const { previous, next } = neighbours(await this.editions.list(), year, number);
    return { ...content[lang], previousEdition: previous, nextEdition: next };
  }

  /** Adopts the draft of a year as its next edition: every value, status and text stored as it is now. */
  async adopt(year: number, request: AdoptEditionRequest, recordedBy: string): Promise<AdoptionView> {
    this.assertYear(year);
    const peildatum = this.peildatum(request.peildatum);
    const adoptedOn = this.pastDate('adoptedOn', request.adoptedOn ?? this.dates.today());
    const councilMeeting = this.pastDate('councilMeeting', request.councilMeeting, true);
    const editions = await this.editions.list();
    const drafts = await this.drafts(year, peildatum, editions);
    const adoption = await this.editions.insert({
      year,
      adoptedOn,
      adoptedBy: request.adoptedBy.trim(),
      councilMeeting,
      peildatum,
      dataVersion: drafts.nl.dataVersion,
      recordedBy,
      content: (made) =>
        Object.fromEntries(
          LANGS.map((lang) => [lang, { ...drafts[lang], status: 'vastgesteld', adoption: made, previousEdition: null, nextEdition: null }]),
        ) as EditionContent,
    });
    // The new edition changes the data version (it is part of it), so cached reports and editions lists drop.
    this.versions.invalidate();
    return adoption;
  }

  /** The draft in both languages, judged once. */
  async drafts(year: number, peildatum: string, editions: readonly AdoptionView[]): Promise<EditionContent> {
    const [nl, en] = await Promise.all(LANGS.map((lang) => this.draft(year, peildatum, lang, editions)));
    return { nl: nl!, en: en! };
  }

  private async draft(year: number, peildatum: string, lang: ApiLanguage, editions: readonly AdoptionView[]): Promise<ReportResponse> {
    const municipality = this.regions.municipality;
    const judged = await this.results.forIndicators(INDICATORS, (i) => judgedRegionOf(i, municipality), {
      asOf: peildatum,
      untilYear: year,
      evaluationDate: reportEvaluationDate(year, peildatum),
    });
    const { previous } = neighbours(editions, year, DRAFT_NUMBER);
    const context = {
      year,
      peildatum,
      region: await this.regions.ref(municipality),
      generatedAt: new Date().toISOString(),
      dataVersion: await this.versions.current(),
      previousFigures: await this.previousFigures(previous, lang),
    };
    return { ...reportView(judged, context, lang), previousEdition: previous };
  }

  private async previousFigures(previous: EditionRef | null, lang: ApiLanguage): Promise<Map<string, ReportFigureView | null>> {
    if (previous === null) return new Map();
    const content = await this.editions.content(previous.year, previous.number);
    return new Map((content?.[lang].ambitions ?? []).flatMap((a) => a.indicators.map((i) => [i.id, i.figure] as const)));
  }

  private assertYear(year: number): void {
    const range = reportYearRange(this.dates.today());
    if (year < range.first || year > range.last) throw ReportsException.yearNotFound(year, range.first, range.last);
  }

  /** The peildatum asked for (a real date, not in the future), or today. */
  private peildatum(asked: string | undefined): string {
    return asked === undefined ? this.dates.today() : this.pastDate('peildatum', asked);
  }

  private pastDate(parameter: string, value: string, futureAllowed = false): string {
    if (!isCalendarDate(value))
      throw new ValidationException(parameter, { nl: `${value} is geen bestaande datum`, en: `${value} is not a real date` });
    if (!futureAllowed && value > this.dates.today())
      throw new ValidationException(parameter, { nl: `${value} ligt in de toekomst`, en: `${value} is in the future` });
    return value;
  }
}
