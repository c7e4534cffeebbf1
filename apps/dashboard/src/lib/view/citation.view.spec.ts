import { bibtexText, citationBibtex, type CitationInput, citationText } from './citation.view';

const INPUT: CitationInput = {
  id: 'population-total',
  title: 'Inwoners en bevolkingsgroei',
  regionName: 'Assen',
  publisher: 'Gemeente Assen',
  municipality: 'Assen',
  from: 2015,
  to: 2024,
  source: 'CBS, Bevolking op 1 januari (03759ned)',
  url: 'https://koers.example/indicatoren/population-total?peers=GM0114&from=2015&to=2024',
  retrieved: '2026-12-07',
  asOf: null,
  lang: 'nl',
};

describe('citationText', () => {
  it('should name publisher, year, title with region and years, source, licence, address and the day read when in Dutch', () => {
    expect(citationText(INPUT)).toBe(
      'Gemeente Assen (2026). Inwoners en bevolkingsgroei, Assen, 2015–2024 [grafiek en data]. Koers, indicatorenmonitor van de omgevingsvisie van Assen. ' +
        'Bron: CBS, Bevolking op 1 januari (03759ned). Licentie: CC BY 4.0. https://koers.example/indicatoren/population-total?peers=GM0114&from=2015&to=2024, geraadpleegd op 7 december 2026.',
    );
  });

  it('should say in English from which year and on which day the figures were published when the view is pinned', () => {
    const text = citationText({ ...INPUT, lang: 'en', to: null, asOf: '2025-06-01' });
    expect(text).toContain(
      'Gemeente Assen (2026). Inwoners en bevolkingsgroei, Assen, from 2015 [chart and data]. Koers, indicator monitor of the environmental vision of Assen.',
    );
    expect(text).toContain('Figures as published on 1 June 2025.');
    expect(text).toMatch(/Licence: CC BY 4\.0\. https:\/\/\S+, retrieved 7 December 2026\.$/);
  });

  it('should name the publisher and municipality the API names when another municipality is monitored', () => {
    const text = citationText({ ...INPUT, regionName: 'Emmen', publisher: 'Gemeente Emmen', municipality: 'Emmen' });
    expect(text).toMatch(
      /^Gemeente Emmen \(2026\)\. Inwoners en bevolkingsgroei, Emmen, 2015–2024 \[grafiek en data\]\. Koers, indicatorenmonitor van de omgevingsvisie van Emmen\./,
    );
    expect(text).not.toContain('Assen');
  });

  it('should leave the years out when the view shows every year', () => {
    expect(citationText({ ...INPUT, from: null, to: null })).toContain('Inwoners en bevolkingsgroei, Assen [grafiek en data].');
  });
});

describe('citationBibtex', () => {
  it('should write a @misc entry with author in braces, an en dash, url, urldate and the licence in the note when a view is cited in BibTeX', () => {
    expect(citationBibtex(INPUT)).toBe(
      [
        '@misc{koers-population-total-2026,',
        '  author       = {{Gemeente Assen}},',
        '  title        = {{Inwoners en bevolkingsgroei, Assen, 2015--2024}},',
        '  year         = {2026},',
        '  howpublished = {Koers, indicatorenmonitor van de omgevingsvisie van Assen},',
        '  url          = {https://koers.example/indicatoren/population-total?peers=GM0114&from=2015&to=2024},',
        '  urldate      = {2026-12-07},',
        '  note         = {Bron: CBS, Bevolking op 1 januari (03759ned). Licentie: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).},',
        '}',
      ].join('\n'),
    );
  });

  it('should escape what LaTeX reads as commands when a title or address holds it', () => {
    expect(bibtexText('50% & {meer} $ #1 a_b ^ ~ \\')).toBe('50\\% \\& \\{meer\\} \\$ \\#1 a\\_b \\^{} \\~{} \\textbackslash{}');
    expect(citationBibtex({ ...INPUT, url: 'https://x.example/a%20b' })).toContain('url          = {https://x.example/a\\%20b},');
  });
});
