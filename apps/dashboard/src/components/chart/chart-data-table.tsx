import type { Unit } from '@koers/indicators';
import { formatValue } from '../../lib/format/number.format';
import { dictionary } from '../../lib/i18n/dictionary';
import type { Lang } from '../../lib/i18n/lang';
import type { ChartModel, ChartPoint } from '../../lib/view/chart-model.view';
import { chartTable, TableNote } from '../../lib/view/chart-table.view';
import { DataTable } from '../data-table';
import { ExampleDataTag } from '../example-data-tag';

function noteText(note: TableNote, lang: Lang): string {
  const t = dictionary(lang).chart;
  switch (note.kind) {
    case 'break':
      return note.text ?? t.breakNote;
    case 'mixed-sources':
      return t.mixedNote(note.sources.join(', '));
    case 'suspect':
      return t.suspectNote;
    default: {
      const unknown: never = note;
      return String(unknown);
    }
  }
}

/**
 * The chart as a table, with the same marks in words: voorbeelddata tagged in its cell, provisional figures
 * said so, and per year a note on a break, figures from more than one table or a possible data error.
 */
export function ChartDataTable({
  model,
  unit,
  decimals,
  lang,
  caption,
}: {
  model: ChartModel;
  unit: Unit;
  decimals: number;
  lang: Lang;
  caption: string;
}) {
  const t = dictionary(lang);
  const rows = chartTable(model);
  const withNotes = rows.some((row) => row.notes.length > 0);
  const cell = (point: ChartPoint | null) =>
    point === null ? (
      '–'
    ) : (
      <span className="inline-flex flex-wrap items-center justify-end gap-1" data-demo={point.demo}>
        {formatValue(point.value, unit, decimals, lang)}
        {point.provisional && <span className="text-tremor-content-emphasis">({t.provisional})</span>}
        {point.demo && <ExampleDataTag lang={lang} />}
      </span>
    );
  const notes = (list: readonly TableNote[]) =>
    list.length === 0 ? '' : <span className="block min-w-48">{list.map((note) => noteText(note, lang)).join(' ')}</span>;
  const headers = [t.table.year, ...model.series.map((s) => s.label), ...(withNotes ? [t.chart.notes] : [])];
  return (
    <DataTable
      caption={caption}
      headers={headers}
      leftColumns={withNotes ? [headers.length - 1] : []}
      rows={rows.map((row) => [String(row.year), ...row.cells.map(cell), ...(withNotes ? [notes(row.notes)] : [])])}
    />
  );
}
