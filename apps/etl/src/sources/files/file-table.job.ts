import { basename } from 'node:path';
import type { RejectedInput, SourceTableInput, TableJob, TableSink } from '@koers/loading';
import { parseFile } from './file.parser';
import { type MappedFile, mapFileCells } from './file-observation.mapper';
import { FileSourceError, type FileProblem } from './file-source.exception';
import type { KnownRegions } from './known-regions.store';
import { type DescribedFile, readCheckedBytes } from './manifest-folder.parser';

/** Observations are handed to the sink in batches of this many (COPY streams them on). */
const BATCH = 5000;

/** A described file read, checked and mapped, without touching the database: what a load and a dry run share. */
export async function mapDescribedFile(described: DescribedFile, regions: KnownRegions): Promise<MappedFile> {
  const bytes = await readCheckedBytes(described);
  const name = basename(described.filePath);
  return mapFileCells(parseFile(bytes, described.manifest, name), described.manifest, name, await regions.load());
}

function rejected(problem: FileProblem): RejectedInput {
  const row = problem.row === null ? '' : `:row ${problem.row}`;
  const column = problem.column === null ? '' : `:${problem.column}`;
  return { location: `${problem.file}${row}${column}`, rawValue: problem.value, reason: problem.message };
}

/** The table a file's figures are stored under: its sha256 is the publication version. */
export function fileTableInput(described: DescribedFile): SourceTableInput {
  const manifest = described.manifest;
  return {
    provider: 'file',
    tableId: manifest.table.id,
    title: manifest.table.title,
    publishedAt: new Date(`${manifest.publishedAt}T00:00:00Z`),
    publicationVersion: manifest.sha256,
    status: 'active',
    successorTableId: null,
    frequency: null,
    evidence: manifest.evidence,
    file: { name: basename(described.filePath), sha256: manifest.sha256, manifest: described.manifestJson },
  };
}

/**
 * One file through the runner: its own run row and transaction, the revision-aware merge (the same file again
 * inserts nothing). A file with any problem loads nothing: its problems become the run's rejected rows and the
 * run fails, leaving what earlier files gave as it was.
 */
export class FileTableJob implements TableJob {
  readonly tableId: string;

  constructor(
    private readonly described: DescribedFile,
    private readonly regions: KnownRegions,
    private readonly log: (line: string) => void = () => undefined,
  ) {
    this.tableId = described.manifest.table.id;
  }

  async load(sink: TableSink): Promise<void> {
    const mapped = await mapDescribedFile(this.described, this.regions);
    const name = basename(this.described.filePath);
    if (mapped.problems.length > 0) {
      sink.reject(mapped.problems.map(rejected));
      throw FileSourceError.ofProblems(name, mapped.problems);
    }
    await sink.table(fileTableInput(this.described));
    await sink.regions(mapped.regions);
    await sink.measures(mapped.measures);
    for (let at = 0; at < mapped.observations.length; at += BATCH) {
      await sink.observations(
        mapped.observations.slice(at, at + BATCH).map(({ row: _row, column: _column, ...observation }) => observation),
      );
    }
    const skipped = mapped.skippedRegions.length > 0 ? `; ${mapped.skippedRegions.length} region(s) left out as the manifest says` : '';
    this.log(`${this.tableId} ${name}: ${mapped.observations.length} figures, ${mapped.measures.length} measures${skipped}`);
  }
}
