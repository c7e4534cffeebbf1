import type { UploadedFileView } from '@koers/api-contracts';
import { activeUploads, uploadLabel } from './uploaded-file.view';

function file(id: string, kind: UploadedFileView['kind'], withdrawn: boolean): UploadedFileView {
  const withdrawal = withdrawn
    ? { withdrawnAt: '2026-12-01T10:00:00Z', withdrawnBy: 'api-key:koers_ab', reason: 'Fout', replacedBy: null }
    : null;
  return {
    id,
    kind,
    name: `${kind}-${id}.csv`,
    demo: false,
    sha256: 'a',
    sizeBytes: 10,
    uploadedBy: 'api-key:koers_ab',
    uploadedAt: '2026-11-30T09:05:00Z',
    runId: null,
    withdrawal,
  };
}

describe('activeUploads', () => {
  const files = [file('3', 'vacancy', false), file('2', 'employment', false), file('1', 'vacancy', true)];

  it('should leave withdrawn files out when listing what can be withdrawn', () => {
    expect(activeUploads(files).map((f) => f.id)).toEqual(['3', '2']);
  });

  it('should keep only the kind asked for when a file of that kind is replaced', () => {
    expect(activeUploads(files, 'vacancy').map((f) => f.id)).toEqual(['3']);
  });
});

describe('uploadLabel', () => {
  it('should name a file by its number, name and upload time when it is offered in a choice', () => {
    expect(uploadLabel(file('3', 'vacancy', false), 'nl')).toBe('#3 vacancy-3.csv (30 november 2026 10:05)');
  });
});
