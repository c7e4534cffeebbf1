import type { CbsTableRef, FileTableRef, KeyEvidence } from '../types/measure.types';

/** One yearly "Kerncijfers wijken en buurten" (KWB) table. */
export interface KwbTable {
  readonly year: number;
  readonly tableId: string;
  /** `verified` when the table's metadata is under /work/shared/data; else as in the research notes §4.1. */
  readonly evidence: KeyEvidence;
}

/**
 * KWB table ids per year (research notes §4.1). Keys shift between years, so a measure lists the key per table;
 * for years without a listed key the ETL resolves the topic through the table's DataProperties.
 */
export const KWB_TABLES: readonly KwbTable[] = [
  { year: 2013, tableId: '82339NED', evidence: 'reference-notes' },
  { year: 2014, tableId: '82931NED', evidence: 'reference-notes' },
  { year: 2015, tableId: '83220NED', evidence: 'reference-notes' },
  { year: 2016, tableId: '83487NED', evidence: 'reference-notes' },
  { year: 2017, tableId: '83765NED', evidence: 'verified' },
  { year: 2018, tableId: '84286NED', evidence: 'reference-notes' },
  { year: 2019, tableId: '84583NED', evidence: 'reference-notes' },
  { year: 2020, tableId: '84799NED', evidence: 'verified' },
  { year: 2021, tableId: '85039NED', evidence: 'reference-notes' },
  { year: 2022, tableId: '85318NED', evidence: 'reference-notes' },
  { year: 2023, tableId: '85618NED', evidence: 'reference-notes' },
  { year: 2024, tableId: '85984NED', evidence: 'verified' },
  { year: 2025, tableId: '86165NED', evidence: 'reference-notes' },
  { year: 2026, tableId: '86358NED', evidence: 'reference-notes' },
];

/** Keys of one KWB topic in the three KWB tables whose metadata is under /work/shared/data. */
export interface KwbKeys {
  /** 83765NED (2017) is served as OData v4: a measure code such as `T001036`. */
  readonly y2017?: string;
  /** 84799NED (2020), OData v3 topic key (DataProperties.json). */
  readonly y2020?: string;
  /** 85984NED (2024), OData v3 topic key (DataProperties.json). */
  readonly y2024?: string;
}

/** The verified KWB table references for one topic, newest first. */
export function kwbRefs(keys: KwbKeys): CbsTableRef[] {
  const refs: CbsTableRef[] = [];
  if (keys.y2024 !== undefined) {
    refs.push({ tableId: '85984NED', api: 'v3', key: keys.y2024, years: [2024], evidence: 'verified' });
  }
  if (keys.y2020 !== undefined) {
    refs.push({ tableId: '84799NED', api: 'v3', key: keys.y2020, years: [2020], evidence: 'verified' });
  }
  if (keys.y2017 !== undefined) {
    refs.push({ tableId: '83765NED', api: 'v4', key: keys.y2017, years: [2017], evidence: 'verified' });
  }
  return refs;
}

/**
 * KWB variables per gemeente as the geoinzicht project published them (`data/snapshot/files/geoinzicht-kwb-gemeenten`,
 * a third party's file: its own column names, the values of the KWB tables of each year).
 */
export function geoinzichtRef(years: readonly number[], note?: string): FileTableRef {
  return { api: 'file', tableId: 'geoinzicht-kwb-gemeenten', years, evidence: 'third-party', ...(note ? { note } : {}) };
}

/** Codes of the `Leeftijd` dimension of 03759ned for single years of age `from`..`to` (15 jaar = `11500`). */
export function singleYearAgeCodes(from: number, to: number): string[] {
  const codes: string[] = [];
  for (let age = from; age <= to; age += 1) {
    // 0 jaar is `10010`; every other single year a is 10000 + 100·a (verified in codes-Leeftijd.json).
    codes.push(age === 0 ? '10010' : String(10000 + 100 * age));
  }
  return codes;
}
