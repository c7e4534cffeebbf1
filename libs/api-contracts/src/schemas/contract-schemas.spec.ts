import { readFileSync } from 'node:fs';
import { CONTRACT_SCHEMAS_FILE, generateContractSchemas } from './generate-contract-schemas';

describe('the JSON Schemas of the contract types', () => {
  const generated = generateContractSchemas();

  it('should match the committed file when generated from the types again (else run npm run contracts:schemas)', () => {
    expect(JSON.parse(readFileSync(CONTRACT_SCHEMAS_FILE, 'utf8'))).toEqual(generated);
  });

  it('should name every schema in UpperCamelCase and give every response type one when generated', () => {
    expect(Object.keys(generated).filter((name) => !/^[A-Z][A-Za-z0-9]*$/.test(name))).toEqual([]);
    expect(Object.keys(generated)).toEqual(
      expect.arrayContaining(['AmbitionListResponse', 'ApiProblem', 'IndicatorDetailResponse', 'ReportResponse', 'UploadRejectedProblem']),
    );
  });

  it('should keep each kind of an empty-figure reason apart, with only its own fields, when the type is a union', () => {
    const variants =
      (generated['EmptyReasonView'] as { anyOf?: { properties: { code: { const: string } }; required: string[] }[] }).anyOf ?? [];
    const loadsNextRun = variants.find((variant) => variant.properties.code.const === 'loads-next-run');
    expect(variants).toHaveLength(5);
    expect(loadsNextRun?.required.sort()).toEqual(['catalog', 'code', 'link', 'measure', 'tableId', 'text']);
  });
});
