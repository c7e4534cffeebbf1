// The municipality's own files (vacancy, employment, jobseekers): parsing, validation with every issue listed,
// and the all-or-nothing import that the API's upload endpoint, the ETL's inbox and the CLI all call.
export { MunicipalImportService } from './municipal-import.service';
export type { MunicipalImportOptions } from './municipal-import.service';
export { formatImportReport, uploadResponse } from './import-result';
export type { ImportCounts, ImportOutcome, ImportRequest, ImportResult } from './import-result';
export { MunicipalFileError } from './municipal.exception';
export type { MunicipalErrorCode } from './municipal.exception';
export type { FileLimits } from './file-limits';
export { MunicipalFileStore } from './municipal-file.store';
export type { StoredFile, Withdrawal, WithdrawalRequest } from './municipal-file.store';
export { indicatorsFed } from './file-impact';
export type { AffectedIndicator, FileImpact } from './file-impact';
export { storedFileContentType } from './stored-file';
// Windows-1252 as Windows decodes it (Node's TextDecoder does not): the ETL's file sources read such exports too.
export { decodeWindows1252 } from './text-decoding';

export type { FileIssue, FileNotice, IssueCode } from './municipal.types';
export { templateContentType, templateCsv, templateFileName, templateXlsx } from './upload-template';
export type { TemplateFormat } from './upload-template';
