import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Council editions: the report of a year as a council adopted it, stored once and never changed. The content is
 * the whole report as served (every value, status and text, in Dutch and English), with the data version and the
 * lineage of every figure, so the edition can be shown exactly as adopted whatever loads afterwards. A trigger
 * refuses any UPDATE or DELETE: a mistake is corrected by adopting a new edition.
 */
export class ReportEditions1795833400000 implements MigrationInterface {
  name = 'ReportEditions1795833400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE report_edition (
        id bigserial PRIMARY KEY,
        year int NOT NULL,
        number int NOT NULL,
        adopted_on date NOT NULL,
        adopted_by text NOT NULL,
        council_meeting date NOT NULL,
        peildatum date NOT NULL,
        data_version text NOT NULL,
        content jsonb NOT NULL,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT report_edition_year_number_key UNIQUE (year, number),
        CONSTRAINT report_edition_number_check CHECK (number >= 1)
      )`);
    await queryRunner.query(`
      CREATE FUNCTION report_edition_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'report_edition % is adopted and cannot be changed or removed', OLD.id USING ERRCODE = 'restrict_violation';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER report_edition_no_change BEFORE UPDATE OR DELETE ON report_edition
      FOR EACH ROW EXECUTE FUNCTION report_edition_immutable()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE report_edition`);
    await queryRunner.query(`DROP FUNCTION report_edition_immutable()`);
  }
}
