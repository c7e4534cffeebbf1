import { EVIDENCE_LEVELS, type FileEvidenceLevel, PERIOD_STATUSES, isCalendarDate, isMeasureName, tryParsePeriod } from '@koers/indicators';
import type {
  CsvLayout,
  DimensionSpec,
  FileFormat,
  FileManifest,
  IgnoredColumn,
  LabelRules,
  MeasureBinding,
  MeasureSpec,
  PeriodSpec,
  Provenance,
  RegionSpec,
} from './file-manifest.types';
import { FileSourceError } from './file-source.exception';
import { type Json, ManifestFields } from './manifest-fields.schema';
import { checkManifestConsistency } from './manifest-consistency.schema';

const FILE_EVIDENCE = EVIDENCE_LEVELS.filter((level): level is FileEvidenceLevel => level !== 'cbs' && level !== 'municipal');
const TOP_LEVEL = [
  'manifestVersion',
  'file',
  'sha256',
  'table',
  'evidence',
  'publishedAt',
  'provenance',
  'format',
  'regions',
  'period',
  'dimensions',
  'measures',
  'ignoredColumns',
  'ignoredTopics',
  'notes',
];
const TABLE_ID = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

function readProvenance(f: ManifestFields, raw: unknown): Provenance {
  const record = f.object(raw, 'provenance');
  f.onlyKeys(record, 'provenance', ['publisher', 'statlineUrl', 'repository', 'filtered', 'caveats']);
  const repository = record['repository'] === null ? null : f.object(record['repository'], 'provenance.repository');
  if (repository) f.onlyKeys(repository, 'provenance.repository', ['url', 'commit', 'path']);
  return {
    publisher: f.string(record, 'publisher', 'provenance'),
    statlineUrl: f.optionalString(record, 'statlineUrl', 'provenance'),
    repository: repository && {
      url: f.string(repository, 'url', 'provenance.repository'),
      commit: f.string(repository, 'commit', 'provenance.repository'),
      path: f.string(repository, 'path', 'provenance.repository'),
    },
    filtered: f.string(record, 'filtered', 'provenance'),
    caveats: f.strings(record, 'caveats', 'provenance'),
  };
}

function readLayout(f: ManifestFields, raw: unknown): CsvLayout {
  const record = f.object(raw, 'format.layout');
  const kind = f.oneOf(record, 'kind', 'format.layout', ['long', 'wide-by-period', 'transposed'] as const);
  switch (kind) {
    case 'long':
      f.onlyKeys(record, 'format.layout', ['kind']);
      return { kind };
    case 'wide-by-period':
      f.onlyKeys(record, 'format.layout', ['kind', 'topicColumn']);
      return { kind, topicColumn: f.optionalString(record, 'topicColumn', 'format.layout') };
    case 'transposed':
      f.onlyKeys(record, 'format.layout', ['kind', 'labelColumn', 'unitRow']);
      return {
        kind,
        labelColumn: f.string(record, 'labelColumn', 'format.layout'),
        unitRow: f.boolean(record, 'unitRow', 'format.layout', false),
      };
    default: {
      const unknown: never = kind;
      throw new Error(`Unhandled layout ${String(unknown)}`);
    }
  }
}

function readFormat(f: ManifestFields, raw: unknown): FileFormat {
  const record = f.object(raw, 'format');
  const type = f.oneOf(record, 'type', 'format', ['csv', 'json-by-region'] as const);
  if (type === 'json-by-region') {
    f.onlyKeys(record, 'format', ['type']);
    return { type };
  }
  f.onlyKeys(record, 'format', ['type', 'encoding', 'delimiter', 'decimalSeparator', 'titleLines', 'footerLines', 'layout']);
  return {
    type,
    encoding: f.oneOf(record, 'encoding', 'format', ['utf-8', 'iso-8859-1', 'windows-1252'] as const),
    delimiter: f.oneOf(record, 'delimiter', 'format', [';', ','] as const),
    decimalSeparator: f.oneOf(record, 'decimalSeparator', 'format', ['.', ','] as const),
    titleLines: f.wholeNumber(record, 'titleLines', 'format', 0),
    footerLines: f.strings(record, 'footerLines', 'format'),
    layout: readLayout(f, record['layout']),
  };
}

function readRegions(f: ManifestFields, raw: unknown): RegionSpec {
  const record = f.object(raw, 'regions');
  f.onlyKeys(record, 'regions', ['column', 'kind', 'nameColumn', 'aliases', 'skip', 'include', 'boundaryYear']);
  const aliases = f.array(record, 'aliases', 'regions').map((item, index) => {
    const alias = f.object(item, `regions.aliases[${index}]`);
    f.onlyKeys(alias, `regions.aliases[${index}]`, ['label', 'code', 'reason']);
    return {
      label: f.string(alias, 'label', `regions.aliases[${index}]`),
      code: f.string(alias, 'code', `regions.aliases[${index}]`),
      reason: f.string(alias, 'reason', `regions.aliases[${index}]`),
    };
  });
  const skip = f.array(record, 'skip', 'regions').map((item, index) => {
    const entry = f.object(item, `regions.skip[${index}]`);
    f.onlyKeys(entry, `regions.skip[${index}]`, ['label', 'reason']);
    return { label: f.string(entry, 'label', `regions.skip[${index}]`), reason: f.string(entry, 'reason', `regions.skip[${index}]`) };
  });
  return {
    column: f.optionalString(record, 'column', 'regions'),
    kind: f.oneOf(record, 'kind', 'regions', ['code', 'name'] as const),
    nameColumn: f.optionalString(record, 'nameColumn', 'regions'),
    aliases,
    skip,
    include: record['include'] === undefined ? null : f.strings(record, 'include', 'regions'),
    boundaryYear: record['boundaryYear'] === undefined ? null : f.wholeNumber(record, 'boundaryYear', 'regions'),
  };
}

function readLabels(f: ManifestFields, raw: unknown, path: string): LabelRules {
  const record = f.object(raw, path);
  f.onlyKeys(record, path, ['kind', 'yearLabelWord']);
  const kind = f.oneOf(record, 'kind', path, ['year', 'quarter', 'month'] as const);
  const word = f.optionalString(record, 'yearLabelWord', path);
  return word === null ? { kind } : { kind, yearLabelWord: word };
}

function readPeriod(f: ManifestFields, raw: unknown): PeriodSpec {
  const record = f.object(raw, 'period');
  const from = f.oneOf(record, 'from', 'period', ['column', 'date-column', 'header', 'fixed'] as const);
  const statuses = f.array(record, 'statuses', 'period').map((item, index) => {
    const path = `period.statuses[${index}]`;
    const entry = f.object(item, path);
    const code = f.string(entry, 'code', path);
    if (code && tryParsePeriod(code) === null) f.fail(`${path}.code`, `"${code}" is not a CBS period code`);
    return { code, status: f.oneOf(entry, 'status', path, PERIOD_STATUSES), reason: f.string(entry, 'reason', path) };
  });
  const keys: Record<typeof from, string[]> = {
    column: ['column', 'labels'],
    'date-column': ['column'],
    header: ['labels'],
    fixed: ['code'],
  };
  f.onlyKeys(record, 'period', ['from', 'statuses', ...keys[from]]);
  switch (from) {
    case 'column':
      return { from, column: f.string(record, 'column', 'period'), labels: readLabels(f, record['labels'], 'period.labels'), statuses };
    case 'date-column':
      return { from, column: f.string(record, 'column', 'period'), statuses };
    case 'header':
      return { from, labels: readLabels(f, record['labels'], 'period.labels'), statuses };
    case 'fixed': {
      const code = f.string(record, 'code', 'period');
      if (code && tryParsePeriod(code) === null) f.fail('period.code', `"${code}" is not a CBS period code`);
      return { from, code, statuses };
    }
    default: {
      const unknown: never = from;
      throw new Error(`Unhandled period source ${String(unknown)}`);
    }
  }
}

function readDimensions(f: ManifestFields, raw: Json): DimensionSpec[] {
  return f.array(raw, 'dimensions', '').map((item, index) => {
    const path = `dimensions[${index}]`;
    const record = f.object(item, path);
    f.onlyKeys(record, path, ['column', 'name', 'code', 'pattern']);
    const column = f.string(record, 'column', path);
    const pattern = f.optionalString(record, 'pattern', path);
    if (pattern !== null) f.pattern(pattern, `${path}.pattern`);
    return {
      column,
      name: f.optionalString(record, 'name', path) ?? column,
      code: f.oneOf(record, 'code', path, ['as-is', 'leading-token'] as const),
      pattern,
    };
  });
}

function readBinding(f: ManifestFields, raw: unknown, path: string): MeasureBinding | null {
  const record = f.object(raw, path);
  f.onlyKeys(record, path, ['measure', 'where']);
  const measure = f.string(record, 'measure', path);
  const where = f.stringMap(record, 'where', path);
  if (!isMeasureName(measure)) {
    if (measure) f.fail(`${path}.measure`, `"${measure}" is not a measure of the catalogue (libs/indicators/src/measures)`);
    return null;
  }
  return { measure, where };
}

function readMeasures(f: ManifestFields, raw: Json): MeasureSpec[] {
  return f.array(raw, 'measures', '', true).map((item, index) => {
    const path = `measures[${index}]`;
    const record = f.object(item, path);
    f.onlyKeys(record, path, ['column', 'topic', 'key', 'title', 'unit', 'decimals', 'bind', 'periodColumn']);
    const column = f.optionalString(record, 'column', path);
    const topic = f.optionalString(record, 'topic', path);
    const key = f.optionalString(record, 'key', path) ?? column ?? topic;
    if (key === null) f.fail(`${path}.key`, 'is needed when the measure has neither a column nor a topic');
    const bind = f.array(record, 'bind', path).flatMap((binding, at) => readBinding(f, binding, `${path}.bind[${at}]`) ?? []);
    return {
      column,
      topic,
      key: key ?? '',
      title: f.optionalString(record, 'title', path) ?? key ?? '',
      unit: f.string(record, 'unit', path),
      decimals: f.wholeNumber(record, 'decimals', path),
      bind,
      periodColumn: f.optionalString(record, 'periodColumn', path),
    };
  });
}

function readIgnored(f: ManifestFields, raw: Json, key: 'ignoredColumns' | 'ignoredTopics'): IgnoredColumn[] {
  return f.array(raw, key, '').map((item, index) => {
    const path = `${key}[${index}]`;
    const record = f.object(item, path);
    f.onlyKeys(record, path, ['match', 'reason']);
    const match = f.string(record, 'match', path);
    if (match.length > 2 && match.startsWith('/') && match.endsWith('/')) f.pattern(match.slice(1, -1), `${path}.match`);
    return { match, reason: f.string(record, 'reason', path) };
  });
}

function readHead(
  f: ManifestFields,
  record: Json,
): Pick<FileManifest, 'manifestVersion' | 'file' | 'sha256' | 'table' | 'evidence' | 'publishedAt'> {
  if (record['manifestVersion'] !== 1) f.fail('manifestVersion', 'must be 1');
  const sha256 = f.string(record, 'sha256', '');
  if (sha256 && !/^[0-9a-f]{64}$/.test(sha256)) f.fail('sha256', 'must be 64 lower-case hexadecimal digits');
  const table = f.object(record['table'], 'table');
  f.onlyKeys(table, 'table', ['id', 'title']);
  const id = f.string(table, 'id', 'table');
  if (id && !TABLE_ID.test(id)) f.fail('table.id', `"${id}" may hold letters, digits, "-" and "_" only`);
  const publishedAt = f.string(record, 'publishedAt', '');
  if (publishedAt && !isCalendarDate(publishedAt)) f.fail('publishedAt', `"${publishedAt}" is not a date (YYYY-MM-DD)`);
  return {
    manifestVersion: 1,
    file: f.string(record, 'file', ''),
    sha256,
    table: { id, title: f.string(table, 'title', 'table') },
    evidence: f.oneOf(record, 'evidence', '', FILE_EVIDENCE),
    publishedAt,
  };
}

/**
 * Reads a manifest and checks it whole. Throws `MANIFEST_INVALID` listing every problem, each naming its field
 * (`measures[3].unit: must be a non-empty string`), and `where` says which manifest.
 */
export function readManifest(raw: unknown, where: string): FileManifest {
  const f = new ManifestFields();
  const record = f.object(raw, '(manifest)');
  f.onlyKeys(record, '(manifest)', TOP_LEVEL);
  const manifest: FileManifest = {
    ...readHead(f, record),
    provenance: readProvenance(f, record['provenance']),
    format: readFormat(f, record['format']),
    regions: readRegions(f, record['regions']),
    period: readPeriod(f, record['period']),
    dimensions: readDimensions(f, record),
    measures: readMeasures(f, record),
    ignoredColumns: readIgnored(f, record, 'ignoredColumns'),
    ignoredTopics: readIgnored(f, record, 'ignoredTopics'),
    notes: f.strings(record, 'notes', ''),
  };
  if (f.problems.length === 0) checkManifestConsistency(f, manifest);
  if (f.problems.length > 0) {
    throw new FileSourceError(
      'MANIFEST_INVALID',
      `${where}: the manifest is not valid:\n  - ${f.problems.map((p) => p.replace(/^\./, '')).join('\n  - ')}`,
    );
  }
  return manifest;
}
