import { InitialSchema1795833000000 } from './1795833000000-initial-schema';
import { ApiKeys1795833100000 } from './1795833100000-api-keys';
import { RunRequests1795833200000 } from './1795833200000-run-requests';
import { FileSourcesEvidenceDemo1795833300000 } from './1795833300000-file-sources-evidence-demo';
import { ReportEditions1795833400000 } from './1795833400000-report-editions';
import { UploadWithdrawals1796247296314 } from './1796247296314-upload-withdrawals';

/** Every migration in the order it runs. A new migration is added here, below the last one. */
export const MIGRATIONS = [
  InitialSchema1795833000000,
  ApiKeys1795833100000,
  RunRequests1795833200000,
  FileSourcesEvidenceDemo1795833300000,
  ReportEditions1795833400000,
  UploadWithdrawals1796247296314,
];
