import { Inject, Injectable } from '@nestjs/common';
import type { AdoptionView, ApiLanguage, EditionRef, ReportResponse } from '@koers/api-contracts';
import { Pool } from 'pg';
import { API_PREFIX } from '../api-prefix';
import { PG_POOL } from '@koers/db/nest';

interface EditionRow {
  readonly year: number;
  readonly number: number;
  readonly adoptedOn: string;
  readonly adoptedBy: string;
  readonly councilMeeting: string;
  readonly dataVersion: string;
}

/** An edition's content: the report exactly as adopted, in both languages. */
export type EditionContent = Readonly<Record<ApiLanguage, ReportResponse>>;

export interface NewEdition {
  readonly year: number;
  readonly adoptedOn: string;
  readonly adoptedBy: string;
  readonly councilMeeting: string;
  readonly peildatum: string;
  readonly dataVersion: string;
  readonly recordedBy: string;
  /** The content once the edition's number is known (it names itself). */
  readonly content: (adoption: AdoptionView) => EditionContent;
}

const COLUMNS = `year, number, to_char(adopted_on, 'YYYY-MM-DD') AS "adoptedOn", adopted_by AS "adoptedBy",
  to_char(council_meeting, 'YYYY-MM-DD') AS "councilMeeting", data_version AS "dataVersion"`;
const LIST_SQL = `SELECT ${COLUMNS} FROM report_edition ORDER BY year, number`;
const CONTENT_SQL = `SELECT content FROM report_edition WHERE year = $1 AND number = $2`;
const NEXT_NUMBER_SQL = `SELECT coalesce(max(number), 0) + 1 AS next FROM report_edition WHERE year = $1`;
const INSERT_SQL = `
  INSERT INTO report_edition (year, number, adopted_on, adopted_by, council_meeting, peildatum, data_version, content, recorded_by)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`;

export function editionRef(row: Pick<EditionRow, 'year' | 'number' | 'adoptedOn'>): EditionRef {
  return { year: row.year, number: row.number, adoptedOn: row.adoptedOn, url: `/${API_PREFIX}/reports/${row.year}/editions/${row.number}` };
}

function adoptionOf(row: EditionRow): AdoptionView {
  return { ...editionRef(row), adoptedBy: row.adoptedBy, councilMeeting: row.councilMeeting, dataVersion: row.dataVersion };
}

/** The adopted editions (`report_edition`): written once, never changed (a trigger refuses it). */
@Injectable()
export class EditionsStore {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Every edition, in order of year and number. */
  async list(): Promise<AdoptionView[]> {
    return (await this.pool.query<EditionRow>(LIST_SQL)).rows.map(adoptionOf);
  }

  async content(year: number, number: number): Promise<EditionContent | null> {
    const { rows } = await this.pool.query<{ content: EditionContent }>(CONTENT_SQL, [year, number]);
    return rows[0]?.content ?? null;
  }

  /** Stores a new edition as the next number of its year, in one transaction (a concurrent adoption waits). */
  async insert(edition: NewEdition): Promise<AdoptionView> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1), $2)', ['report_edition', edition.year]);
      const number = Number((await client.query<{ next: number }>(NEXT_NUMBER_SQL, [edition.year])).rows[0]!.next);
      const adoption = adoptionOf({ ...edition, number });
      const { year, adoptedOn, adoptedBy, councilMeeting, peildatum, dataVersion, recordedBy } = edition;
      await client.query(INSERT_SQL, [
        year,
        number,
        adoptedOn,
        adoptedBy,
        councilMeeting,
        peildatum,
        dataVersion,
        JSON.stringify(edition.content(adoption)),
        recordedBy,
      ]);
      await client.query('COMMIT');
      return adoption;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
