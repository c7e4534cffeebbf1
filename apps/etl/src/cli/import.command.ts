import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { userInfo } from 'node:os';
import { INestApplicationContext } from '@nestjs/common';
import { type CliArguments, type CliCommand, type CliOutput, stringFlag } from '@koers/cli';
import { MunicipalImportService } from '@koers/municipal-files';
import { formatImportReport, uploadResponse } from '@koers/municipal-files';
import { importFile } from './import-file.command';
import { SPECIFIED_UPLOAD_KINDS, isSpecifiedUploadKind } from '@koers/indicators';

function account(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * `import <vacancy|employment|jobseekers> <file> [--dry-run] [--json] [--by NAME]`: the same import as the upload
 * endpoint and the inbox. `--json` prints the API's response body (its `outcome` says what happened); exit code 1
 * when the file is rejected.
 * `import file <file> --manifest <manifest.json> [--dry-run] [--json]`: a StatLine export or third-party file
 * through the `files` source, described by its manifest (see `import-file.ts`).
 */
export const importCommand: CliCommand<INestApplicationContext> = {
  name: 'import',
  usage: `import <${SPECIFIED_UPLOAD_KINDS.join('|')}|file> <file> [--manifest FILE.manifest.json] [--dry-run] [--json] [--by NAME]`,
  summary: 'validate and load a municipal file, or a file with its manifest (dry run: validate only)',
  switches: ['dry-run', 'json'],
  valueOptions: ['by', 'manifest'],
  async run(app: INestApplicationContext, args: CliArguments, out: CliOutput): Promise<number> {
    const [kind, path] = args.positional;
    if (kind === 'file' && path !== undefined) return importFile(app, path, args, out);
    if (kind === undefined || !isSpecifiedUploadKind(kind) || path === undefined || stringFlag(args, 'manifest') !== undefined) {
      out.error(`usage: npm run etl -- ${importCommand.usage}`);
      return 2;
    }
    const bytes = new Uint8Array(await readFile(path));
    const result = await app.get(MunicipalImportService).importMunicipalFile({
      kind,
      fileName: basename(path),
      bytes,
      uploadedBy: stringFlag(args, 'by') ?? `cli:${account()}`,
      trigger: 'cli',
      dryRun: args.flags['dry-run'] === true,
    });
    if (args.flags['json'] === true) {
      out.line(JSON.stringify(uploadResponse(result), null, 2));
    } else {
      out.line(formatImportReport(result));
    }
    return result.outcome === 'rejected' ? 1 : 0;
  },
};
