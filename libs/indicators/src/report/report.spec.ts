import type { SeriesPoint } from '../types/series.types';
import { isOnCourse, onCourseSummary } from './ambition-course';
import { editionChanges, type ReportSnapshot, type SnapshotFigure } from './edition-changes';
import { cutAtYear, reportFigures } from './report-figures';

const p = (year: number, value: number | null, extra: Partial<SeriesPoint> = {}): SeriesPoint => ({
  period: `${year}JJ00`,
  year,
  value,
  provisional: false,
  ...extra,
});

describe('reportFigures', () => {
  // Loneliness in Assen (RIVM 50090NED, 18+): 38.9 (2012), 43.3 (2016), 46.4 (2020).
  const loneliness = { region: 'GM0106', points: [p(2012, 38.9), p(2016, 43.3), p(2020, 46.4)] };

  it('should take the last figure up to the report year and the round before it when the series is not yearly', () => {
    const figures = reportFigures(loneliness, 2019);
    expect(figures.latest).toMatchObject({ year: 2016, value: 43.3 });
    expect(figures.previous).toMatchObject({ year: 2012, value: 38.9 });
    expect(reportFigures(loneliness, 2024).latest).toMatchObject({ year: 2020 });
  });

  it('should leave out every later figure when the series is cut at the report year', () => {
    expect(cutAtYear(loneliness, 2016).points.map((q) => q.year)).toEqual([2012, 2016]);
    expect(reportFigures(loneliness, 2011)).toEqual({ latest: null, previous: null });
  });

  it('should show a real figure before voorbeelddata and voorbeelddata only when nothing real exists', () => {
    const mixed = { region: 'GM0106', points: [p(2018, 100), p(2020, 90, { demo: true })] };
    expect(reportFigures(mixed, 2020).latest).toMatchObject({ year: 2018, value: 100 });
    const demo = { region: 'GM0106', points: [p(2018, 5, { demo: true }), p(2020, 6, { demo: true })] };
    expect(reportFigures(demo, 2020)).toMatchObject({ latest: { year: 2020, demo: true }, previous: { year: 2018 } });
  });
});

describe('onCourseSummary', () => {
  it('should count an ambition on course only at substantial progress or target achieved', () => {
    expect(isOnCourse({ overall: 'substantial_progress' })).toBe(true);
    expect(isOnCourse({ overall: 'moderate_progress' })).toBe(false);
    const summary = onCourseSummary([
      { overall: 'target_achieved' },
      { overall: 'moderate_progress' },
      { overall: 'not_available' },
      { overall: 'substantial_progress' },
      { overall: 'deterioration' },
    ]);
    expect(summary).toMatchObject({ onCourse: 2, total: 5, judged: 4 });
    expect(summary.text.nl).toBe('2 van de 5 ambities op koers; bij 1 is er nog te weinig bekend voor een oordeel.');
  });
});

describe('editionChanges', () => {
  const figure = (value: number, publishedAt: string): SnapshotFigure => ({
    measure: 'population_total',
    tableId: '03759ned',
    region: 'GM0106',
    period: '2025JJ00',
    publishedValue: value,
    publicationVersion: publishedAt,
    publishedAt,
  });
  // Illustrative: CBS revises Assen's population of 2025 from 70,392 to 70,400 between two editions.
  const previous: ReportSnapshot = {
    indicators: [
      { id: 'population-total', status: 'moderate_progress', scale: 'moderate_progress', inputs: [figure(70392, '2025-06-01T00:00:00Z')] },
      { id: 'woz-value', status: 'deterioration', scale: 'deterioration', inputs: [] },
      { id: 'old-indicator', status: 'no_data', scale: 'not_available', inputs: [] },
    ],
    sources: ['cbs-v4:03759ned'],
  };
  const current: ReportSnapshot = {
    indicators: [
      {
        id: 'population-total',
        status: 'substantial_progress',
        scale: 'substantial_progress',
        inputs: [figure(70400, '2026-06-23T00:00:00Z')],
      },
      { id: 'woz-value', status: 'no_change', scale: 'limited_progress', inputs: [] },
      { id: 'new-indicator', status: 'no_data', scale: 'not_available', inputs: [] },
    ],
    sources: ['cbs-v4:03759ned', 'file:81955NED'],
  };

  it('should list status changes with their direction, revised figures, added and dropped indicators and new sources', () => {
    const changes = editionChanges(previous, current);
    expect(changes.statusChanges).toEqual([
      { indicator: 'population-total', from: 'moderate_progress', to: 'substantial_progress', direction: 'better' },
      { indicator: 'woz-value', from: 'deterioration', to: 'no_change', direction: 'better' },
    ]);
    expect(changes.revisions).toEqual([
      {
        indicator: 'population-total',
        figure: figure(70400, '2026-06-23T00:00:00Z'),
        previousValue: 70392,
        previousPublishedAt: '2025-06-01T00:00:00Z',
      },
    ]);
    expect(changes.added).toEqual(['new-indicator']);
    expect(changes.dropped).toEqual(['old-indicator']);
    expect(changes.newSources).toEqual(['file:81955NED']);
  });

  it('should find nothing when a report is compared with itself', () => {
    expect(editionChanges(current, current)).toEqual({ statusChanges: [], revisions: [], added: [], dropped: [], newSources: [] });
  });
});
