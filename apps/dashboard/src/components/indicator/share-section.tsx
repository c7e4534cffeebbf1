import { DATA_LICENCE } from '@koers/indicators';
import type { Lang } from '../../lib/i18n/lang';
import { shareDictionary } from '../../lib/i18n/share-dictionary';
import { type CitationInput, citationBibtex, citationText } from '../../lib/view/citation.view';
import { CopyField } from '../copy-field';

interface Props {
  /** The address of this view in full: what a shared link, a citation and the embed point to. */
  readonly pageUrl: string;
  readonly citation: CitationInput;
  /** The iframe code of the live embed, and the page that offers the pinned ones. */
  readonly embedSnippet: string;
  readonly embedOptions: string;
  readonly lang: Lang;
}

/** Share the view, cite it (text and BibTeX, with licence, address and date) and embed it: all from the view. */
export function ShareSection({ pageUrl, citation, embedSnippet, embedOptions, lang }: Props) {
  const t = shareDictionary(lang);
  return (
    <section
      aria-labelledby="delen"
      className="rounded-tremor-default border border-tremor-border bg-white p-4 shadow-tremor-card"
      data-testid="share-section"
    >
      <h2 id="delen" className="text-tremor-title font-semibold">
        {t.share.title}
      </h2>
      <div className="mt-2 space-y-1">
        <CopyField label={t.share.label} value={pageUrl} texts={t.copy} testId="share-link" />
        <p className="text-tremor-label text-tremor-content-emphasis">{t.share.hint}</p>
      </div>
      <h3 className="mt-5 font-medium" id="citeer">
        {t.cite.title}
      </h3>
      <div className="mt-2 grid gap-4 lg:grid-cols-2">
        <CopyField label={t.cite.text} value={citationText(citation)} rows={5} texts={t.copy} testId="cite-text" />
        <CopyField label={t.cite.bibtex} value={citationBibtex(citation)} rows={9} texts={t.copy} testId="cite-bibtex" />
      </div>
      <p className="mt-2 text-tremor-label text-tremor-content-emphasis">
        {t.cite.licence}{' '}
        <a href={DATA_LICENCE.url} rel="license" className="underline">
          {DATA_LICENCE.title[lang]}
        </a>
      </p>
      <h3 className="mt-5 font-medium" id="insluiten">
        {t.embed.title}
      </h3>
      <p className="mt-1 text-tremor-default">{t.embed.intro}</p>
      <div className="mt-2">
        <CopyField label={t.embed.label} value={embedSnippet} rows={3} texts={t.copy} testId="embed-snippet" />
      </div>
      <p className="mt-2 text-tremor-default">
        <a href={embedOptions} className="text-tremor-brand-emphasis underline" data-testid="embed-options">
          {t.embed.more}
        </a>
      </p>
    </section>
  );
}
