import { DEFAULT_VIEW } from './chart-view.view';
import { embedPath, embedSnippet, readEmbedPin } from './embed.view';

const VIEW = { ...DEFAULT_VIEW, peers: ['GM0114'], from: 2015, display: 'table' as const };

describe('readEmbedPin', () => {
  it.each([
    [{ edition: '2024-1' }, DEFAULT_VIEW, { kind: 'edition', year: 2024, number: 1 }],
    [{ edition: '2024-0' }, DEFAULT_VIEW, { kind: 'live' }],
    [{ edition: 'latest' }, { ...DEFAULT_VIEW, asOf: '2025-06-01' }, { kind: 'as-of', date: '2025-06-01' }],
    [{}, DEFAULT_VIEW, { kind: 'live' }],
    [{ pin: 'live', edition: '2024-1' }, { ...DEFAULT_VIEW, asOf: '2025-06-01' }, { kind: 'live' }],
    [
      { pin: 'as-of', edition: '2024-1' },
      { ...DEFAULT_VIEW, asOf: '2025-06-01' },
      { kind: 'as-of', date: '2025-06-01' },
    ],
    [
      { pin: 'edition', edition: '2024-1' },
      { ...DEFAULT_VIEW, asOf: '2025-06-01' },
      { kind: 'edition', year: 2024, number: 1 },
    ],
  ])('should read %p with the view %p as the pin %p when an embed opens', (params, view, pin) => {
    expect(readEmbedPin(params, view)).toEqual(pin);
  });
});

describe('embedPath', () => {
  it('should keep the view as a chart when the embed is live or pinned to a day', () => {
    expect(embedPath('population-total', VIEW, { kind: 'live' }, 'nl')).toBe('/embed/indicatoren/population-total?peers=GM0114&from=2015');
    expect(embedPath('population-total', VIEW, { kind: 'as-of', date: '2025-06-01' }, 'en')).toBe(
      '/en/embed/indicatoren/population-total?peers=GM0114&from=2015&asOf=2025-06-01',
    );
  });

  it('should name only the edition when the embed is pinned to a council edition', () => {
    expect(embedPath('office-vacancy', VIEW, { kind: 'edition', year: 2024, number: 2 }, 'nl')).toBe(
      '/embed/indicatoren/office-vacancy?edition=2024-2',
    );
  });
});

describe('embedSnippet', () => {
  it('should give an iframe with a title and escape what the address and title hold when they need it', () => {
    expect(embedSnippet('https://koers.example/embed/indicatoren/x?peers=GM0114&from=2015', 'Kantoren "leeg" <50%>')).toBe(
      '<iframe src="https://koers.example/embed/indicatoren/x?peers=GM0114&amp;from=2015" title="Kantoren &quot;leeg&quot; &lt;50%&gt;" width="100%" height="560" style="border:0" loading="lazy"></iframe>',
    );
  });
});
