import type { Lang } from './lang';

// The accessibility statement (toegankelijkheidsverklaring) in both languages. What it says about testing is what
// the browser tests do: apps/dashboard/e2e/site.e2e.spec.ts (axe on every page of the sitemap, the keyboard
// tests) and the axe checks in the other browser tests. Change the one when the other changes.

/** The footer's link to the statement, on every page. */
export const FOOTER_LINK: Readonly<Record<Lang, string>> = { nl: 'Toegankelijkheid', en: 'Accessibility' };

export interface StatementSection {
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items?: readonly string[];
}

/** Who the statement speaks for and whom to tell: the publisher and contact the API names (`GET /municipality`). */
export interface StatementContact {
  /** "Gemeente Assen". */
  readonly organisation: string;
  readonly contact: { readonly name: string; readonly email: string; readonly url: string } | null;
}

export interface AccessibilityStatement {
  readonly title: string;
  readonly intro: string;
  readonly sections: readonly StatementSection[];
}

const nl = ({ organisation, contact }: StatementContact): AccessibilityStatement => ({
  title: 'Toegankelijkheidsverklaring',
  intro:
    `${organisation} wil dat iedereen Koers kan gebruiken, ook mensen met een beperking. Koers moet daarom voldoen aan de ` +
    'toegankelijkheidseisen voor websites van de overheid: de Web Content Accessibility Guidelines (WCAG) 2.1, niveau AA.',
  sections: [
    {
      heading: 'Waar deze verklaring over gaat',
      paragraphs: [
        'Deze verklaring gaat over alle pagina’s van Koers, in het Nederlands en in het Engels (onder /en), en over de grafieken die andere websites insluiten.',
      ],
    },
    {
      heading: 'Hoe wij dat testen',
      paragraphs: [
        'Bij elke wijziging van Koers draaien automatische tests in een echte browser (Chromium). Een wijziging gaat alleen door als alle tests slagen.',
      ],
      items: [
        'Elke pagina uit de sitemap, in het Nederlands en in het Engels, wordt gecontroleerd met axe-core op de regels van WCAG 2.0 en 2.1, niveau A en AA. Elke ernstige of kritieke fout laat de test mislukken.',
        'Een indicator, de datapagina en de raadsrapportage worden ook gecontroleerd op een smal scherm van 390 pixels breed, zoals dat van een telefoon.',
        'Toetsenbordtests: de pagina’s worden alleen met het toetsenbord bediend. De link “Naar de inhoud” komt als eerste, elk element dat focus krijgt laat dat zien, en de grafiek is met het toetsenbord aan te passen, als tabel te openen, te downloaden en te delen.',
        'De grafieken werken zonder JavaScript. Elke grafiek en elke kaart heeft een tabel met dezelfde cijfers, en een zin die zegt wat hij laat zien.',
      ],
    },
    {
      heading: 'Wat nog niet goed is',
      paragraphs: ['Wij kennen deze beperkingen:'],
      items: [
        'De afbeeldingen van een grafiek (SVG en PNG) zijn plaatjes. De cijfers staan in de CSV- en Excel-bestanden en in de tabel op de pagina.',
        'Of een ingesloten grafiek op een andere website goed te gebruiken is, hangt ook af van die website.',
        'Een PDF van de raadsrapportage maakt uw browser. Hoe toegankelijk die PDF is, hangt af van de browser.',
        'Deze verklaring berust op onze eigen tests. Een onafhankelijke deskundige heeft Koers nog niet onderzocht.',
      ],
    },
    {
      heading: 'Iets niet goed? Laat het ons weten',
      paragraphs: [
        'Kunt u iets op Koers niet gebruiken, of wilt u de cijfers in een andere vorm? ' +
          (contact
            ? `Neem dan contact op met ${contact.name}: ${contact.email} of ${contact.url}.`
            : 'Neem dan contact op met de gemeente.'),
      ],
    },
  ],
});

const en = ({ organisation, contact }: StatementContact): AccessibilityStatement => ({
  title: 'Accessibility statement',
  intro:
    `${organisation} wants everyone to be able to use Koers, including people with a disability. Koers therefore has to meet ` +
    'the accessibility requirements for Dutch government websites: the Web Content Accessibility Guidelines (WCAG) 2.1, level AA.',
  sections: [
    {
      heading: 'What this statement covers',
      paragraphs: ['This statement covers every page of Koers, in Dutch and in English (under /en), and the charts other websites embed.'],
    },
    {
      heading: 'How we test it',
      paragraphs: [
        'Every change to Koers runs automatic tests in a real browser (Chromium). A change goes through only when every test passes.',
      ],
      items: [
        'Every page of the sitemap, in Dutch and in English, is checked with axe-core against the rules of WCAG 2.0 and 2.1, levels A and AA. Any serious or critical failure fails the test.',
        'An indicator, the data page and the council report are also checked on a narrow screen, 390 pixels wide, like a phone’s.',
        'Keyboard tests: the pages are used with the keyboard only. The “Skip to content” link comes first, every element that takes focus shows it, and the chart can be changed, opened as a table, downloaded and shared with the keyboard.',
        'The charts work without JavaScript. Every chart and map has a table with the same figures, and a sentence saying what it shows.',
      ],
    },
    {
      heading: 'What is not right yet',
      paragraphs: ['We know of these limitations:'],
      items: [
        'The pictures of a chart (SVG and PNG) are images. The figures are in the CSV and Excel files and in the table on the page.',
        'Whether a chart embedded on another website is easy to use also depends on that website.',
        'A PDF of the council report is made by your browser. How accessible that PDF is depends on the browser.',
        'This statement rests on our own tests. No independent expert has examined Koers yet.',
      ],
    },
    {
      heading: 'Something wrong? Let us know',
      paragraphs: [
        'If you cannot use something on Koers, or want the figures in another form, ' +
          (contact ? `please contact ${contact.name}: ${contact.email} or ${contact.url}.` : 'please contact the municipality.'),
      ],
    },
  ],
});

const STATEMENTS: Record<Lang, (who: StatementContact) => AccessibilityStatement> = { nl, en };

export function accessibilityStatement(lang: Lang, who: StatementContact): AccessibilityStatement {
  return STATEMENTS[lang](who);
}
