import { Workbook } from 'exceljs';
import { inspectMunicipalFile } from './municipal-file.schema';
import { TEMPLATE_BRON, templateCsv, templateFileName, templateXlsx } from './upload-template';
import { NOW, knownRegionsLookup } from './test-support/municipal-fixtures';
import { SPECIFIED_UPLOAD_KINDS } from '@koers/indicators';

describe('upload templates', () => {
  it.each(SPECIFIED_UPLOAD_KINDS)(
    'should give a %s CSV template that passes validation as illustrative data when uploaded unchanged',
    async (kind) => {
      const bytes = templateCsv(kind);
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const inspection = await inspectMunicipalFile(kind, templateFileName(kind, 'csv'), bytes, { now: NOW }, knownRegionsLookup);
      expect(inspection.issues).toEqual([]);
      expect(inspection.rows).toHaveLength(1);
      expect(inspection.demo).toBe(true);
    },
  );

  it.each(SPECIFIED_UPLOAD_KINDS)(
    'should give a %s XLSX template with the data first and an explanation sheet when built',
    async (kind) => {
      const bytes = await templateXlsx(kind);
      const inspection = await inspectMunicipalFile(kind, templateFileName(kind, 'xlsx'), bytes, { now: NOW }, knownRegionsLookup);
      expect(inspection.issues).toEqual([]);
      expect(inspection.rows[0]!.bron).toBe(TEMPLATE_BRON);
      const workbook = new Workbook();
      await workbook.xlsx.load(new Uint8Array(bytes).buffer);
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Gegevens', 'Toelichting']);
      expect(workbook.worksheets[0]!.getCell('A1').note).toBeDefined();
      expect(workbook.worksheets[1]!.getCell('A2').value).toBe(workbook.worksheets[0]!.getCell('A1').value);
    },
  );
});
