import { SBI_SECTIONS } from '../types/measure-name.types';
import type { UploadKind } from '../types/upload-kind.types';

/** The value columns and row filters of one upload kind, so the measure catalogue can be checked against it. */
export interface UploadFormat {
  readonly kind: UploadKind;
  readonly valueFields: readonly string[];
  /** Filter column → allowed values; `null` = free text (e.g. a Klimaatmonitor indicator code). */
  readonly filters: Readonly<Record<string, readonly string[] | null>>;
}

/** The value columns and filters of every upload kind; whether a kind is specified is said once, in upload-kind.types.ts. */
export const UPLOAD_FORMATS: Readonly<Record<UploadKind, UploadFormat>> = {
  vacancy: {
    kind: 'vacancy',
    valueFields: ['objecten_totaal', 'objecten_leeg', 'm2_totaal', 'm2_leeg', 'leeg_langer_dan_1_jaar_m2'],
    filters: { functie: ['kantoor', 'winkel', 'woning', 'bedrijf', 'overig'] },
  },
  employment: {
    kind: 'employment',
    valueFields: ['vestigingen', 'banen_totaal', 'banen_voltijd', 'banen_deeltijd'],
    filters: { sbi: [...SBI_SECTIONS, 'TOTAAL'] },
  },
  jobseekers: {
    kind: 'jobseekers',
    valueFields: ['aantal'],
    filters: { maatstaf: ['NWW', 'GWU', 'WW'] },
  },
  climate: {
    kind: 'climate',
    valueFields: ['waarde'],
    filters: { indicator_code: null },
  },
  'municipal-kpi': {
    kind: 'municipal-kpi',
    valueFields: ['waarde'],
    filters: { indicator_code: null },
  },
};
