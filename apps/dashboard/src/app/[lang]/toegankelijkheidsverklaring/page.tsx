import type { Metadata } from 'next';
import { getMunicipality } from '../../../lib/api/municipality';
import { accessibilityStatement, type StatementContact } from '../../../lib/i18n/accessibility-statement';
import type { Lang } from '../../../lib/i18n/lang';
import { pageLang } from '../../../lib/i18n/page-lang';

// Rendered per request like every page: its scripts carry the request's nonce (src/proxy.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

/** The publisher and contact as the API names them; without the API, the statement names no address. */
async function statementContact(lang: Lang): Promise<StatementContact> {
  const answer = await getMunicipality();
  if (!answer.ok) return { organisation: lang === 'nl' ? 'De gemeente' : 'The municipality', contact: null };
  return { organisation: answer.data.publisher.name, contact: answer.data.contact };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await pageLang(params);
  return { title: accessibilityStatement(lang, await statementContact(lang)).title };
}

/** The accessibility statement: WCAG 2.1 AA, how it is tested, what is not right yet and whom to tell. */
export default async function AccessibilityStatementPage({ params }: Props) {
  const lang = await pageLang(params);
  const statement = accessibilityStatement(lang, await statementContact(lang));
  return (
    <article className="max-w-prose space-y-6" data-testid="accessibility-statement">
      <header>
        <h1 className="text-tremor-metric font-semibold">{statement.title}</h1>
        <p className="mt-2">{statement.intro}</p>
      </header>
      {statement.sections.map((section) => (
        <section key={section.heading} className="space-y-2">
          <h2 className="text-tremor-title font-semibold">{section.heading}</h2>
          {section.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
          {section.items && (
            <ul className="list-disc space-y-1 pl-6">
              {section.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
