import { sectionFootnotes, sourceNoteText } from './report-footnotes.view';

const source = { provider: 'cbs-v4', tableId: '03759ned', evidence: 'cbs' as const, publishedAt: '2026-06-22T22:00:00.000Z' };

describe('report footnotes', () => {
  it('should name the tables with their publication date when the figure has sources', () => {
    expect(sourceNoteText({ source: 'CBS, Bevolking op 1 januari', sources: [source] }, 'nl')).toBe(
      'CBS, Bevolking op 1 januari; tabel 03759ned (gepubliceerd 23 juni 2026).',
    );
  });

  it('should give indicators with the same source one note, numbered in order of use, when a section has several', () => {
    const { notes, noteOf } = sectionFootnotes(
      [
        { id: 'a', source: 'CBS', sources: [] },
        { id: 'b', source: 'Gemeente', sources: [] },
        { id: 'c', source: 'CBS', sources: [] },
      ],
      'nl',
    );
    expect(notes).toEqual([
      { number: 1, text: 'CBS.' },
      { number: 2, text: 'Gemeente.' },
    ]);
    expect([...noteOf]).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 1],
    ]);
  });
});
