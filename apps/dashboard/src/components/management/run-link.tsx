import { href, Lang } from '../../lib/i18n/lang';

/** A link to the page of one ETL run. */
export function RunLink({ id, lang }: { id: string; lang: Lang }) {
  return (
    <a className="whitespace-nowrap text-tremor-brand-emphasis underline" href={href(lang, `/beheer/runs/${encodeURIComponent(id)}`)}>
      Run #{id}
    </a>
  );
}
