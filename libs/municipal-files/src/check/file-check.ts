import { threadId } from 'node:worker_threads';
import { FileImpact, NO_IMPACT, impactOf } from '../file-impact';
import { FileLimits } from '../file-limits';
import { RegionLookup, inspectMunicipalFile } from '../municipal-file.schema';
import { MappedFile, mapMunicipalRows } from '../municipal.mapper';
import { FileIssue, FileNotice } from '../municipal.types';
import type { SpecifiedUploadKind } from '@koers/indicators';

/** One file to check: everything the check needs, as plain data (it crosses into a worker thread). */
export interface CheckRequest {
  readonly kind: SpecifiedUploadKind;
  readonly fileName: string;
  readonly bytes: Uint8Array;
  readonly now: Date;
  readonly timeZone: string;
  /** The municipality Koers monitors (KOERS_MUNICIPALITY). */
  readonly municipality: string;
  readonly limits: FileLimits;
  /** Hand back the figures to load (an import); a dry run needs only the counts. */
  readonly withFigures: boolean;
}

export interface CheckCounts {
  /** Data rows in the file, as far as it was read. */
  readonly rows: number;
  /** Of which checked: fewer when the check stopped at MAX_LISTED_ISSUES issues. */
  readonly rowsChecked: number;
  /** Figures of a valid file (rows × value columns), of which missing. */
  readonly observations: number;
  readonly missing: number;
}

/** What a check found: issues or a valid file's figures, its counts and what it touches. */
export interface CheckResult {
  readonly issues: FileIssue[];
  readonly notices: FileNotice[];
  readonly demo: boolean;
  /** The configured municipality is used by the file but not yet in the region table. */
  readonly registerMunicipality: boolean;
  readonly counts: CheckCounts;
  readonly issuesTruncated: boolean;
  readonly impact: FileImpact;
  /** The figures to load: a valid file checked `withFigures`; null otherwise. */
  readonly mapped: MappedFile | null;
  /** The thread the check ran in (not the main thread's 0 when it ran in a worker). */
  readonly threadId: number;
  /** The file's bytes, handed back (they travel to the worker and back without a copy). */
  readonly bytes: Uint8Array;
}

/** A typed array that is the whole of its buffer can be moved between threads instead of copied. */
export function movable(bytes: Uint8Array): ArrayBuffer[] {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer
    ? [bytes.buffer]
    : [];
}

/** Reads, validates and maps one file. Runs in a worker thread ({@link FileCheckPool}); pure apart from `lookup`. */
export async function checkMunicipalFile(request: CheckRequest, lookup: RegionLookup): Promise<CheckResult> {
  const options = { now: request.now, timeZone: request.timeZone, limits: request.limits, municipality: request.municipality };
  const inspection = await inspectMunicipalFile(request.kind, request.fileName, request.bytes, options, lookup);
  const base = {
    issues: inspection.issues,
    notices: inspection.notices,
    demo: inspection.demo,
    registerMunicipality: inspection.registerMunicipality,
    issuesTruncated: inspection.issuesTruncated,
    threadId,
    bytes: request.bytes,
  };
  const rows = { rows: inspection.rowsRead, rowsChecked: inspection.rowsChecked };
  if (inspection.issues.length > 0) return { ...base, counts: { ...rows, observations: 0, missing: 0 }, impact: NO_IMPACT, mapped: null };
  const mapped = mapMunicipalRows(request.kind, inspection.rows);
  const missing = mapped.observations.filter((observation) => observation.missingReason !== null).length;
  return {
    ...base,
    counts: { ...rows, observations: mapped.observations.length, missing },
    impact: impactOf(mapped),
    mapped: request.withFigures ? mapped : null,
  };
}
