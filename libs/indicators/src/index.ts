// Public API of @koers/indicators: the catalogue as data and pure functions. No framework, database, HTTP or clock.

// Types
export type { AmbitionDefinition, AmbitionId } from './types/ambition.types';
export { AMBITION_IDS } from './types/ambition.types';
export type { Formula, FormulaKind } from './types/formula.types';
export type {
  Direction,
  Frequency,
  IndicatorDefinition,
  Level,
  OpenSdgProgressSpec,
  Owner,
  ProfileSpec,
  ProgressMethod,
  ProgressSpec,
  TrajectoryProgressSpec,
} from './types/indicator.types';
export type { JobsBySectionMeasureName, MeasureName, SbiSection } from './types/measure-name.types';
export { MEASURE_NAMES, SBI_SECTIONS, jobsSectionMeasure } from './types/measure-name.types';
export type {
  CbsMeasureSource,
  CbsTableRef,
  EvidenceLevel,
  FileEvidenceLevel,
  FileTableRef,
  KeyEvidence,
  MeasureDefinition,
  MeasureSource,
  PlausibleRange,
  TableRef,
  Unit,
  UploadMeasureSource,
} from './types/measure.types';
export { PROPOSED_UPLOAD_KINDS, SPECIFIED_UPLOAD_KINDS, UPLOAD_KINDS, isSpecifiedUploadKind } from './types/upload-kind.types';
export type { SpecifiedUploadKind, UploadKind } from './types/upload-kind.types';
export { EVIDENCE_LEVELS } from './types/measure.types';
export type {
  AmbitionRollUp,
  DataSourceHint,
  ExplainedPoint,
  GuardCode,
  ProgressBasis,
  ProgressExplanation,
  ProgressResult,
  ProgressStatus,
  ProgressThresholds,
  ScaleClass,
  TargetPathPoint,
} from './types/progress.types';
export type { ComputedMissingReason, Series, SeriesPoint, YearPoint } from './types/series.types';
export type {
  AnnualRateTarget,
  BandTarget,
  CumulativeFlowTarget,
  FlowSegment,
  LevelTarget,
  LinearPathTarget,
  Milestone,
  OpenSdgTarget,
  Target,
  Tolerance,
  TrajectoryTarget,
} from './types/target.types';
export type { Language, LocalizedText, PolicyReference } from './types/text.types';

// Catalogue
export { AMBITIONS, INDICATORS, getAmbition, getIndicator, indicatorsOfAmbition } from './ambitions/ambition.catalogue';
export { AMBITION_POLICY, FIGURE_POLICY, VISION_DOCUMENT } from './definitions/policy-references.data';
export { DATA_LICENCE } from './definitions/data-licence.data';
export type { DataLicence } from './definitions/data-licence.data';
export {
  DEFAULT_BASE_YEAR,
  HEALTH_MONITOR_BASE_YEAR,
  JOBS_GROWTH_TARGET,
  NEW_BUILD_TARGET,
  OFFICE_VACANCY_TARGET,
  RETAIL_FLOOR_SPACE_TARGET,
} from './definitions/vision-targets.data';
export { KWB_TABLES } from './measures/kwb-tables.data';
export { BOUNDARY_CHANGES, latestBoundaryChange } from './regions/boundary-changes.data';
export type { BoundaryChange } from './regions/boundary-changes.data';
export { judgedRegionOf, liesWithin } from './regions/indicator-region';
export { numberText, percentText, roundTo } from './text/number-text';
export { dayText } from './text/date-text';
export { FORMULA_TRIGGERS, csvText, guardFormula } from './text/csv-text';
export { yearRangeText } from './text/year-range-text';
export { STALE_AFTER_MONTHS, isStale } from './compute/progress/staleness.progress';
export { deadBandOf } from './compute/progress/dead-band.progress';
export { judgedPoints } from './compute/progress/judged-points.progress';
export type { KwbTable } from './measures/kwb-tables.data';
export { MEASURES, getMeasure, isMeasureName } from './measures/measure.catalogue';
export { UPLOAD_FORMATS } from './measures/upload-formats.data';
export type { UploadFormat } from './measures/upload-formats.data';

// Assembly: stored figures → input series (table preference, sums, units, markers), and data checks
export { DEFAULT_DEFINITION, candidatesFor } from './assembly/measure-candidates';
export type { MeasureCandidate } from './assembly/measure-candidates';
export { assembleMeasure, assembleRegion } from './assembly/series-assembly';
export type { RegionInputs } from './assembly/series-assembly';
export type { LineagePoint, StoredMeasure, StoredObservation } from './assembly/stored.types';
export { flagImplausible, plausibilityIssues, plausibleRangeOf } from './quality/plausibility';
export type { DataCheckIssue, DataCheckKind } from './quality/plausibility';
export { weakerEvidence } from './sources/evidence';
export {
  UPLOAD_FALLBACK_RANK,
  catalogueTableKey,
  catalogueTables,
  cbsTableReads,
  firstTableRank,
  tableRefsOf,
} from './sources/catalogue-tables';
export type { CatalogueTable, CatalogueTableProvider, CbsMeasureRead, CbsTableReads } from './sources/catalogue-tables';

// Coverage: what an indicator shows, why not more, and where a series breaks
export { indicatorCoverage, whyNoVerdict } from './coverage/indicator-coverage';
export type { CoverageKind, EmptyReason, IndicatorCoverage } from './coverage/indicator-coverage';
export { seriesBreaks } from './coverage/series-breaks';
export type { SeriesBreak } from './coverage/series-breaks';

// Council reports: the figures of a year, the plain line per status, the on-course rule
export { cutAtYear, reportFigures } from './report/report-figures';
export type { ReportFigures } from './report/report-figures';
export { ON_COURSE_CLASSES, isOnCourse, onCourseSummary } from './report/ambition-course';
export { plainStatusLine } from './report/plain-reason';
export { editionChanges } from './report/edition-changes';
export type { EditionChanges, ReportSnapshot, Revision, SnapshotFigure, SnapshotIndicator, StatusChange } from './report/edition-changes';

// Area profiles: shares and rates beside the municipality's
export { profileFigure } from './profile/region-profile';
export type { ProfileFigure } from './profile/region-profile';

// Compute
export { IndicatorError } from './compute/indicator.exception';
export type { IndicatorErrorCode } from './compute/indicator.exception';
export type { MeasureSeriesMap } from './compute/align.compute';
export { evaluateFormulaAt } from './compute/formula.compute';
// Periods: the one parser and formatter of period codes and StatLine period labels
export {
  annualPeriod,
  comparePeriods,
  daysInMonth,
  isAnnualPeriod,
  isCalendarDate,
  isPeriodCode,
  parsePeriod,
  periodYear,
  shiftPeriodYear,
  subYearPeriod,
  tryParsePeriod,
} from './periods/period-code';
export type { Period, PeriodKind } from './periods/period-code';
export { PERIOD_STATUSES, mapPeriodStatus, periodStatusFromTitle, resolvePeriodStatus } from './periods/period-status';
export type { PeriodStatus } from './periods/period-status';
export { MONTH_NAMES, parseStatlinePeriod } from './periods/statline-period';
export type { LabelledPeriod, LabelledPeriodKind, PeriodLabelRules } from './periods/statline-period';
export { formatPeriod } from './periods/period-format';
export { calendarDayIn } from './periods/calendar-day';
export { computeFormulaSeries, computeIndicatorForRegions, computeIndicatorSeries, formulaInputs } from './compute/series.compute';

// Progress
export { evaluateProgress, evaluateProgressForRegions } from './compute/progress/evaluate.progress';
export type { EvaluateOptions } from './compute/progress/evaluate.progress';
export { NOISE_GUARD_MIN_POINTS, NOISE_GUARD_WINDOW, applyTrendGuard } from './compute/progress/noise-guard.progress';
export {
  OPEN_SDG_THRESHOLDS_NO_TARGET,
  OPEN_SDG_THRESHOLDS_TARGET,
  classifyProgress,
  openSdgProgress,
} from './compute/progress/open-sdg.progress';
export type { OpenSdgConfig, OpenSdgOutcome } from './compute/progress/open-sdg.progress';
export { ROLL_UP_MIN_COVERAGE, rollUpAmbition } from './compute/progress/roll-up.progress';
export { PROGRESS_STATUSES, SCALE_CLASSES, scaleOf } from './compute/progress/scale.progress';
export { GUARD_TEXT, PROGRESS_METHOD_TEXT, PROGRESS_STATUS_LABELS, SCALE_LABELS } from './compute/progress/status-labels.data';
export { openSdgTargetPath, targetPath, trajectoryTargetPath } from './compute/progress/target-path.progress';
export {
  bandProgress,
  cumulativeFlowProgress,
  linearPathProgress,
  linearPathValue,
  requiredCumulative,
} from './compute/progress/trajectory.progress';
export type { TrajectoryOutcome } from './compute/progress/trajectory.progress';
