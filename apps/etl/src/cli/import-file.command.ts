import { INestApplicationContext } from '@nestjs/common';
import { type CliArguments, type CliOutput, stringFlag } from '@koers/cli';
import { FileImportService } from '../sources/files/file-import.service';
import { formatFileImportReport } from '../sources/files/file-import.report';

/**
 * `import file <file> --manifest <manifest.json> [--dry-run] [--json]`: an analyst's file. A dry run parses,
 * validates and counts, and stores nothing; exit code 1 when the file has problems or its load failed.
 */
export async function importFile(app: INestApplicationContext, path: string, args: CliArguments, out: CliOutput): Promise<number> {
  const manifest = stringFlag(args, 'manifest');
  if (manifest === undefined) {
    out.error('usage: npm run etl -- import file <file> --manifest <file.manifest.json> [--dry-run] [--json]');
    return 2;
  }
  if (stringFlag(args, 'by') !== undefined) {
    out.error('--by applies to municipal files only: a file source records the manifest it was loaded with.');
    return 2;
  }
  const report = await app.get(FileImportService).importFile(path, manifest, { dryRun: args.flags['dry-run'] === true, trigger: 'cli' });
  out.line(args.flags['json'] === true ? JSON.stringify(report, null, 2) : formatFileImportReport(report));
  return report.outcome === 'valid' || report.outcome === 'loaded' ? 0 : 1;
}
