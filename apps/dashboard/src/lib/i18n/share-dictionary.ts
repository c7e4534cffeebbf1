import { DATA_LICENCE } from '@koers/indicators';
import type { Lang } from './lang';

// The texts of what an analyst or a journalist does with an indicator: choose the view, download it, share, cite
// and embed it, in both languages (plain Dutch first).

const nl = {
  view: {
    title: 'Wat de grafiek laat zien',
    region: 'Gebied',
    municipality: 'Gemeente',
    wijken: 'Wijken',
    peers: 'Vergelijk met',
    from: 'Vanaf jaar',
    to: 'Tot en met jaar',
    yearHint: 'Leeg laten voor alle jaren.',
    display: 'Weergave',
    chart: 'Grafiek',
    table: 'Tabel',
    apply: 'Toon',
    reset: 'Terug naar de standaardweergave',
    asOf: (date: string) => `U ziet de cijfers zoals ze op ${date} gepubliceerd waren.`,
    toCurrent: 'Naar de nieuwste cijfers',
  },
  downloads: {
    title: 'Download deze grafiek',
    intro: 'De cijfers en de afbeelding van de grafiek zoals u hem nu ziet: hetzelfde gebied, dezelfde vergelijking en dezelfde jaren.',
    csv: 'Cijfers (CSV)',
    xlsx: 'Cijfers (Excel)',
    zip: 'Cijfers met uitleg (zip)',
    svg: 'Afbeelding (SVG)',
    png: 'Afbeelding (PNG)',
    pngBusy: 'De afbeelding wordt gemaakt…',
    pngFailed: 'De PNG kon niet worden gemaakt. Download de SVG.',
    indexNote: 'De grafiek toont een index. In de download staan de cijfers zelf.',
  },
  share: {
    title: 'Delen',
    label: 'Link naar deze weergave',
    hint: 'Wie deze link opent, ziet hetzelfde gebied, dezelfde vergelijking, dezelfde jaren en dezelfde weergave.',
  },
  copy: { button: 'Kopieer', done: 'Gekopieerd', failed: 'Kopiëren lukte niet. Selecteer de tekst en kopieer die zelf.' },
  cite: {
    title: 'Citeer',
    text: 'Bronvermelding',
    bibtex: 'BibTeX',
    licence: `U mag de cijfers en grafieken van Koers vrij gebruiken onder de licentie ${DATA_LICENCE.short}. Vermeld dan wel de bron.`,
  },
  embed: {
    title: 'Insluiten op uw website',
    intro: 'Plak deze code in uw webpagina. De grafiek laat dan steeds de nieuwste cijfers zien.',
    label: 'Code om de grafiek in te sluiten',
    more: 'Meer keuzes: vastzetten op de cijfers van een datum of op een vastgestelde raadsrapportage',
  },
  embedPage: {
    title: (indicator: string) => `${indicator} insluiten`,
    intro: 'Kies welke cijfers de ingesloten grafiek laat zien. Daarna kopieert u de code en plakt u die in uw webpagina.',
    choose: 'Welke cijfers',
    live: 'Altijd de nieuwste cijfers',
    asOf: 'De cijfers zoals ze op een datum gepubliceerd waren',
    asOfDate: 'Datum',
    edition: 'De grafiek zoals de gemeenteraad die vaststelde',
    editionSelect: 'Raadsrapportage',
    editionOption: (year: number, number: number, adoptedOn: string) => `${year}, editie ${number} (vastgesteld op ${adoptedOn})`,
    noEditions: 'Er is nog geen raadsrapportage vastgesteld.',
    apply: 'Maak de code',
    preview: 'Zo ziet de ingesloten grafiek eruit',
    back: 'Terug naar de indicator',
  },
  embedded: {
    live: (date: string) => `Nieuwste cijfers, bijgewerkt op ${date}.`,
    asOf: (date: string) => `Cijfers zoals gepubliceerd op ${date}.`,
    open: 'Bekijk op Koers',
    newWindow: '(opent in een nieuw venster)',
  },
  image: {
    source: (source: string) => `Bron: ${source}.`,
    asOf: (date: string) => `Cijfers zoals gepubliceerd op ${date}.`,
    credit: (publisher: string, url: string) => `Koers · ${publisher} · licentie ${DATA_LICENCE.short} · ${url}`,
  },
};

export type ShareDictionary = typeof nl;

const en: ShareDictionary = {
  view: {
    title: 'What the chart shows',
    region: 'Area',
    municipality: 'Municipality',
    wijken: 'Districts',
    peers: 'Compare with',
    from: 'From year',
    to: 'Up to year',
    yearHint: 'Leave empty for every year.',
    display: 'Show as',
    chart: 'Chart',
    table: 'Table',
    apply: 'Show',
    reset: 'Back to the standard view',
    asOf: (date) => `You are looking at the figures as published on ${date}.`,
    toCurrent: 'To the newest figures',
  },
  downloads: {
    title: 'Download this chart',
    intro: 'The figures and the picture of the chart as you see it now: the same area, the same comparison and the same years.',
    csv: 'Figures (CSV)',
    xlsx: 'Figures (Excel)',
    zip: 'Figures with explanation (zip)',
    svg: 'Picture (SVG)',
    png: 'Picture (PNG)',
    pngBusy: 'Making the picture…',
    pngFailed: 'The PNG could not be made. Download the SVG.',
    indexNote: 'The chart shows an index. The download holds the figures themselves.',
  },
  share: {
    title: 'Share',
    label: 'Link to this view',
    hint: 'Whoever opens this link sees the same area, comparison, years and display.',
  },
  copy: { button: 'Copy', done: 'Copied', failed: 'Copying did not work. Select the text and copy it yourself.' },
  cite: {
    title: 'Cite',
    text: 'Citation',
    bibtex: 'BibTeX',
    licence: `You may use the figures and charts of Koers freely under the licence ${DATA_LICENCE.short}, naming the source.`,
  },
  embed: {
    title: 'Embed on your website',
    intro: 'Paste this code into your web page. The chart then always shows the newest figures.',
    label: 'Code to embed the chart',
    more: 'More choices: pin to the figures of a date or to an adopted council report',
  },
  embedPage: {
    title: (indicator) => `Embed ${indicator}`,
    intro: 'Choose which figures the embedded chart shows. Then copy the code and paste it into your web page.',
    choose: 'Which figures',
    live: 'Always the newest figures',
    asOf: 'The figures as published on a date',
    asOfDate: 'Date',
    edition: 'The chart as the council adopted it',
    editionSelect: 'Council report',
    editionOption: (year, number, adoptedOn) => `${year}, edition ${number} (adopted on ${adoptedOn})`,
    noEditions: 'No council report has been adopted yet.',
    apply: 'Make the code',
    preview: 'This is how the embedded chart looks',
    back: 'Back to the indicator',
  },
  embedded: {
    live: (date) => `Newest figures, updated on ${date}.`,
    asOf: (date) => `Figures as published on ${date}.`,
    open: 'View on Koers',
    newWindow: '(opens in a new window)',
  },
  image: {
    source: (source) => `Source: ${source}.`,
    asOf: (date) => `Figures as published on ${date}.`,
    credit: (publisher, url) => `Koers · ${publisher} · licence ${DATA_LICENCE.short} · ${url}`,
  },
};

const DICTIONARIES: Record<Lang, ShareDictionary> = { nl, en };

export function shareDictionary(lang: Lang): ShareDictionary {
  return DICTIONARIES[lang];
}
