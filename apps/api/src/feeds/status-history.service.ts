import { Inject, Injectable } from '@nestjs/common';
import { INDICATORS, type ReportSnapshot, type StatusChange, editionChanges, judgedRegionOf } from '@koers/indicators';
import { Pool } from 'pg';
import { PG_POOL } from '@koers/db/nest';
import { IndicatorResultsService } from '../indicator-data/indicator-results.service';
import { RegionDirectoryService } from '../regions/region-directory.service';

/** One indicator whose status changed with the figures published on a day. */
export type StatusChangeOnDay = StatusChange & { readonly day: string };

/** The days (Dutch time) figures were published on, newest first. */
const PUBLICATION_DAYS_SQL = `
  SELECT DISTINCT to_char(published_at AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD') AS day
  FROM observation ORDER BY day DESC LIMIT $1`;

/** How many publication days back the history looks: each day is one judgement of every indicator. */
const DAYS = 9;

/**
 * How the statuses of the indicators (for the municipality, or an indicator's own headline region) changed from one
 * publication day to the next: each day judged on the figures as published by its end, out of date as of that day,
 * the changes found by the library's own comparison of two judgements. Changes with a verdict on neither side are
 * left out.
 */
@Injectable()
export class StatusHistoryService {
  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    private readonly results: IndicatorResultsService,
    private readonly regions: RegionDirectoryService,
  ) {}

  async recentChanges(): Promise<StatusChangeOnDay[]> {
    const days = (await this.pool.query<{ day: string }>(PUBLICATION_DAYS_SQL, [DAYS])).rows.map((row) => row.day).reverse();
    const snapshots: ReportSnapshot[] = [];
    for (const day of days) snapshots.push(await this.snapshot(day));
    return days.slice(1).flatMap((day, index) => {
      const [before, after] = [snapshots[index]!, snapshots[index + 1]!];
      const judged = (snapshot: ReportSnapshot, id: string) => snapshot.indicators.some((i) => i.id === id && i.scale !== 'not_available');
      // From one kind of "no verdict" to another (no data, then only voorbeelddata) is no news.
      return editionChanges(before, after)
        .statusChanges.filter((change) => judged(before, change.indicator) || judged(after, change.indicator))
        .map((change) => ({ ...change, day }));
    });
  }

  private async snapshot(day: string): Promise<ReportSnapshot> {
    const municipality = this.regions.municipality;
    const judged = await this.results.forIndicators(INDICATORS, (indicator) => judgedRegionOf(indicator, municipality), {
      asOf: day,
      evaluationDate: day,
    });
    return {
      indicators: judged.map((result) => ({
        id: result.indicator.id,
        status: result.progress.status,
        scale: result.progress.scale,
        inputs: [],
      })),
      sources: [],
    };
  }
}
