import { getIndicator } from '../../../../../lib/api/indicators';
import { municipalityNames } from '../../../../../lib/api/municipality';
import { href, isLang } from '../../../../../lib/i18n/lang';
import { publicOrigin } from '../../../../../lib/request/public-origin';
import { today } from '../../../../../lib/request/today';
import { chartFigure } from '../../../../../lib/view/chart-figure.view';
import { chartImage, chartImageTexts } from '../../../../../lib/view/chart-image.view';
import { chartViewQuery, readChartView, searchParamsOf } from '../../../../../lib/view/chart-view.view';
import { svgMarkup } from '../../../../../lib/view/svg-node.view';

export const dynamic = 'force-dynamic';

type Context = { params: Promise<{ lang: string; id: string }> };

function refusal(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/**
 * GET /indicatoren/:id/grafiek?<view>: the chart of a view as an SVG picture with title, source and licence, drawn
 * from the same nodes as the page's chart. The page's PNG button draws this picture onto a canvas.
 */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { lang, id } = await params;
  if (!isLang(lang)) return refusal(404, 'Niet gevonden · Not found');
  const view = readChartView(searchParamsOf(new URL(request.url).searchParams), today());
  const [detail, names] = await Promise.all([getIndicator(id, lang, view), municipalityNames(lang)]);
  if (!detail.ok)
    return detail.status === 404 || detail.status === 400 ? refusal(404, 'Niet gevonden · Not found') : refusal(502, detail.message);
  const figure = chartFigure(detail.data, view, lang);
  const pageUrl = `${await publicOrigin()}${href(lang, `/indicatoren/${encodeURIComponent(id)}`)}${chartViewQuery(view)}`;
  const image = chartImage(figure, figure.summary ?? '', lang, chartImageTexts(detail.data, view, pageUrl, names.publisher, lang));
  if (image === null) return refusal(404, lang === 'nl' ? 'Deze grafiek heeft geen cijfers.' : 'This chart has no figures.');
  const name = `koers-${detail.data.indicator.id}-${detail.data.region.code}.svg`;
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svgMarkup(image)}\n`, {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'content-disposition': `inline; filename="${name}"`,
      'cache-control': 'no-store',
    },
  });
}
