import { pageTitle } from './page-title';

describe('pageTitle', () => {
  const title = (data: { name: string }) => data.name;

  it("should give the page's own title when the API gave its subject", () => {
    expect(pageTitle({ ok: true, data: { name: 'Kantorenleegstand' } }, title, 'Niet beschikbaar')).toBe('Kantorenleegstand');
  });

  it.each([404, 400])('should give the 404 title when the API answered %p', (status) => {
    expect(pageTitle({ ok: false, status, message: '' }, title, 'Niet beschikbaar')).toBe('Niet gevonden · Not found');
  });

  it('should say the figures are unavailable when the API failed or could not be reached', () => {
    expect(pageTitle({ ok: false, status: 503, message: '' }, title, 'Niet beschikbaar')).toBe('Niet beschikbaar');
    expect(pageTitle({ ok: false, status: null, message: '' }, title, 'Niet beschikbaar')).toBe('Niet beschikbaar');
  });
});
