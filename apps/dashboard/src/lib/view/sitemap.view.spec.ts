import { FIXED_PAGES, sitemapEntries } from './sitemap.view';

describe('sitemapEntries', () => {
  it('should list every page in Dutch with its English version beside it when the API gives the contents', () => {
    const entries = sitemapEntries('https://koers.example', {
      ambitions: ['generaties'],
      indicators: ['population-total'],
      wijken: ['WK010607'],
      reportYears: [2024],
    });
    expect(entries.map((e) => e.url)).toEqual([
      ...FIXED_PAGES.map((path) => `https://koers.example${path}`),
      'https://koers.example/ambities/generaties',
      'https://koers.example/indicatoren/population-total',
      'https://koers.example/wijken/WK010607',
      'https://koers.example/rapport/2024',
    ]);
    expect(entries[0]!.alternates).toEqual({ languages: { nl: 'https://koers.example/', en: 'https://koers.example/en' } });
    expect(entries.at(-1)!.alternates).toEqual({
      languages: { nl: 'https://koers.example/rapport/2024', en: 'https://koers.example/en/rapport/2024' },
    });
  });

  it('should still list the pages that need no data when the API gives nothing', () => {
    expect(sitemapEntries('http://localhost:4200', { ambitions: [], indicators: [], wijken: [], reportYears: [] })).toHaveLength(
      FIXED_PAGES.length,
    );
  });
});
