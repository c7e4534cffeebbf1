import type { ApiLanguage, CoverageView, EmptyReasonView } from '@koers/api-contracts';
import { type EmptyReason, type IndicatorCoverage, type UploadKind, isSpecifiedUploadKind } from '@koers/indicators';
import { API_PREFIX } from '../api-prefix';

const CBS_TABLE = /^\d{5}(NED|ned)$/;

/** Whether a table id is a CBS StatLine table (`03759ned`, `84799NED`), which has a StatLine page. */
export function isCbsTable(tableId: string): boolean {
  return CBS_TABLE.test(tableId);
}

/** The StatLine page of a table, in the catalogue it lives in (RIVM tables in the third-party catalogue). */
export function statlineUrl(tableId: string, catalog: 'CBS' | 'RIVM' = 'CBS'): string {
  return catalog === 'RIVM'
    ? `https://statline.rivm.nl/#/RIVM/nl/dataset/${tableId}/table`
    : `https://opendata.cbs.nl/statline/#/CBS/nl/dataset/${tableId}/table`;
}

/** The StatLine page of a CBS table id (`83625NED`, `03759ned`); null for a file or upload, which has none. */
export function cbsTableUrl(tableId: string): string | null {
  return CBS_TABLE.test(tableId) ? statlineUrl(tableId) : null;
}

/** The upload template of a kind whose format is agreed (the proposed kinds have none yet). */
function templateLink(kind: UploadKind, lang: ApiLanguage): EmptyReasonView['link'] {
  if (!isSpecifiedUploadKind(kind)) return null;
  return { href: `/${API_PREFIX}/uploads/templates/${kind}.xlsx`, label: lang === 'nl' ? `Sjabloon ${kind}` : `Template ${kind}` };
}

function linkOf(reason: EmptyReason, lang: ApiLanguage): EmptyReasonView['link'] {
  switch (reason.code) {
    case 'loads-next-run':
      return {
        href: statlineUrl(reason.tableId, reason.catalog),
        label: lang === 'nl' ? `Tabel ${reason.tableId} op StatLine` : `Table ${reason.tableId} on StatLine`,
      };
    case 'not-filled-in-edition': {
      const table = reason.tables.find(isCbsTable);
      return table
        ? { href: statlineUrl(table), label: lang === 'nl' ? `Tabel ${table} op StatLine` : `Table ${table} on StatLine` }
        : null;
    }
    case 'municipal-file-needed':
      return reason.formatAgreed ? templateLink(reason.uploadKind, lang) : null;
    case 'only-demo':
      return reason.uploadKind === null ? null : templateLink(reason.uploadKind, lang);
    case 'input-missing':
      return null;
    default: {
      const unknown: never = reason;
      throw new Error(`Unknown reason ${JSON.stringify(unknown)}`);
    }
  }
}

/** What an indicator shows and why not more, its texts in the requested language, with where to act. */
export function coverageView(coverage: IndicatorCoverage, lang: ApiLanguage): CoverageView {
  return {
    kind: coverage.kind,
    reasons: coverage.reasons.map((reason) => ({ ...reason, text: reason.text[lang], link: linkOf(reason, lang) })),
  };
}
