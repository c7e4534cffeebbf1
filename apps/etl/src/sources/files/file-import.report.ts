import type { FileImportReport } from './file-import.service';
import { formatProblem } from './file-source.exception';

const OUTCOME: Readonly<Record<FileImportReport['outcome'], string>> = {
  valid: 'valid',
  invalid: 'REFUSED',
  loaded: 'loaded',
  failed: 'FAILED',
};

/** A file import as lines for a person: what it holds, what it would load or did, and every problem. */
export function formatFileImportReport(report: FileImportReport): string {
  const c = report.counts;
  const stored = report.dryRun
    ? ' (dry run: nothing stored)'
    : c.inserted === null
      ? ''
      : ` (run #${report.runId}: ${c.inserted} inserted, ${c.unchanged} unchanged)`;
  const lines = [`${report.tableId ?? '?'} ${report.file}: ${OUTCOME[report.outcome]}${stored}`];
  if (report.problems.length === 0 || c.figures > 0) {
    lines.push(
      `  ${c.figures} figures (${c.missing} missing), ${c.measures} measures; feeds ${report.feeds.length > 0 ? report.feeds.join(', ') : 'no catalogue measure'}`,
      `  periods: ${report.periods.join(', ') || '(none)'}`,
      `  regions: ${report.regions.join(', ') || '(none)'}`,
    );
    if (c.newRegions > 0) lines.push(`  regions registered: ${c.newRegions}`);
    if (c.skippedRegions > 0)
      lines.push(
        `  regions left out as the manifest says: ${c.skippedRegions} (${report.skippedRegions.slice(0, 10).join(', ')}${c.skippedRegions > 10 ? ', …' : ''})`,
      );
    if (c.duplicatesCollapsed > 0) lines.push(`  identical repeats collapsed: ${c.duplicatesCollapsed}`);
  }
  if (report.problems.length > 0)
    lines.push(`  problems (${report.problems.length}):`, ...report.problems.map((problem) => `    - ${formatProblem(problem)}`));
  return lines.join('\n');
}
