import type { AdoptionView, ReportChangesResponse } from '@koers/api-contracts';
import {
  adoptionLine,
  changeCounts,
  changesSummary,
  directionText,
  editionName,
  editionNeighbours,
  publishedNumberText,
  runningHeader,
  statusLine,
} from './report-edition.view';

const adoption: AdoptionView = {
  year: 2025,
  number: 2,
  adoptedOn: '2026-11-26',
  url: '/reports/2025/editions/2',
  adoptedBy: 'de gemeenteraad van Assen',
  councilMeeting: '2026-11-26',
  dataVersion: 'v1',
};
const since = { year: 2025, number: 1, adoptedOn: '2026-03-05', url: '/reports/2025/editions/1' };

function changes(overrides: Partial<ReportChangesResponse> = {}): ReportChangesResponse {
  return {
    year: 2025,
    since,
    report: { status: 'vastgesteld', adoption, peildatum: '2026-11-20' },
    statusChanges: [],
    revisions: [],
    added: [],
    dropped: [],
    newSources: [],
    ...overrides,
  };
}

describe('edition texts', () => {
  it('should give the adoption line in full when an edition is adopted', () => {
    expect(adoptionLine(adoption, 'nl')).toBe(
      'Vastgesteld op 26 november 2026 door de gemeenteraad van Assen, raadsvergadering 26 november 2026.',
    );
  });

  it('should say a draft is not adopted and its figures may change when the report is a concept', () => {
    expect(statusLine({ status: 'concept', adoption: null, peildatum: '2026-12-02' }, 'nl')).toBe(
      'Concept: nog niet vastgesteld door de gemeenteraad. De cijfers zijn zoals gepubliceerd op 2 december 2026 en kunnen nog veranderen.',
    );
    expect(editionName({ status: 'concept', adoption: null }, 'nl')).toBe('Concept');
  });

  it('should put the edition and its date in the running header when it is adopted, and CONCEPT when not', () => {
    expect(runningHeader({ year: 2025, status: 'vastgesteld', adoption, peildatum: '2026-11-20' }, 'nl')).toBe(
      'Raadsrapportage omgevingsvisie 2025 · Editie 2, vastgesteld 26 november 2026',
    );
    expect(runningHeader({ year: 2025, status: 'concept', adoption: null, peildatum: '2026-12-02' }, 'nl')).toBe(
      'Raadsrapportage omgevingsvisie 2025 · CONCEPT, peildatum 2 december 2026',
    );
  });
});

describe('changesSummary', () => {
  it('should say there is nothing to compare with when there is no earlier edition', () => {
    expect(changesSummary(changeCounts(changes({ since: null })), 'nl')).toBe(
      'Er is nog geen eerdere editie om deze rapportage mee te vergelijken.',
    );
  });

  it('should say nothing changed when every list is empty', () => {
    expect(changesSummary(changeCounts(changes()), 'nl')).toBe('Sinds editie 1 (2025, vastgesteld op 5 maart 2026) is er niets veranderd.');
  });

  it('should count only the kinds of change that occur, in singular and plural, when some occur', () => {
    const two = changes({
      statusChanges: [
        { indicator: 'a', title: 'A', from: 'behind', fromLabel: 'Achter', to: 'on_course', toLabel: 'Op koers', direction: 'better' },
        { indicator: 'b', title: 'B', from: 'on_course', fromLabel: 'Op koers', to: 'behind', toLabel: 'Achter', direction: 'worse' },
      ],
      newSources: ['cbs-v4:50090NED'],
    });
    expect(changesSummary(changeCounts(two), 'nl')).toBe(
      'Sinds editie 1 (2025, vastgesteld op 5 maart 2026): 2 statussen veranderd en 1 nieuwe bron.',
    );
  });
});

describe('directionText', () => {
  it.each([
    ['better', 'verbeterd'],
    ['worse', 'verslechterd'],
    ['same-class', 'anders, maar niet beter of slechter'],
  ] as const)('should say %s in Dutch words as %p', (direction, expected) => {
    expect(directionText(direction, 'nl')).toBe(expected);
  });
});

describe('publishedNumberText', () => {
  it.each([
    [70392, '70.392'],
    [10.5, '10,5'],
    [0.87544, '0,875'],
    [null, '–'],
  ])('should write %p as %p in Dutch notation when it has that many decimals', (value, expected) => {
    expect(publishedNumberText(value, 'nl')).toBe(expected);
  });
});

describe('editionNeighbours', () => {
  const ref = (year: number, number: number) => ({
    year,
    number,
    adoptedOn: `${year + 1}-01-01`,
    url: `/api/v1/reports/${year}/editions/${number}`,
  });
  const years = {
    lastCompleteYear: 2025,
    years: [
      { year: 2025, editions: [ref(2025, 1)] },
      { year: 2024, editions: [ref(2024, 1), ref(2024, 2)] },
    ],
  };

  it('should find the editions before and after by year and number when the edition is in the list', () => {
    expect(editionNeighbours(years, 2024, 2)).toEqual({ previous: ref(2024, 1), next: ref(2025, 1) });
    expect(editionNeighbours(years, 2024, 1)).toEqual({ previous: null, next: ref(2024, 2) });
  });

  it('should find none when the edition is not in the list', () => {
    expect(editionNeighbours(years, 2023, 1)).toEqual({ previous: null, next: null });
  });
});
