import type { Metadata } from 'next';
import { accessibilityStatement } from '../../../lib/i18n/accessibility-statement';
import { pageLang } from '../../../lib/i18n/page-lang';

// Rendered per request like every page: its scripts carry the request's nonce (src/proxy.ts).
export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: accessibilityStatement(await pageLang(params)).title };
}

/** The accessibility statement: WCAG 2.1 AA, how it is tested, what is not right yet and whom to tell. */
export default async function AccessibilityStatementPage({ params }: Props) {
  const statement = accessibilityStatement(await pageLang(params));
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
