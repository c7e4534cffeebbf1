import type { Lang } from '../../lib/i18n/lang';
import { reportPageStyle } from '../../lib/print/page-print-style';
import { requestNonce } from '../../lib/print/request-nonce';

/** The printed report's page furniture (running header, "pagina 3 van 14"): a style element with the page's nonce. */
export async function PrintFurniture({ header, lang }: { header: string; lang: Lang }) {
  const nonce = await requestNonce();
  return (
    <style nonce={nonce} data-testid="print-furniture">
      {reportPageStyle(header, lang)}
    </style>
  );
}
