import type { Lang } from '../lib/i18n/lang';
import { dictionary } from '../lib/i18n/dictionary';

/** The "voorbeelddata" label on every figure from an illustrative municipal file. */
export function ExampleDataTag({ lang }: { lang: Lang }) {
  const t = dictionary(lang);
  return (
    <span
      title={t.exampleNote}
      data-example-data="true"
      className="inline-flex items-center rounded-tremor-small border border-violet-300 bg-violet-50 px-1.5 text-tremor-label font-medium text-violet-900"
    >
      {t.example}
    </span>
  );
}
