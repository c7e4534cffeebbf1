import type { Lang } from '../../lib/i18n/lang';

// The fixed texts of the wijk and buurt profiles, in both languages.

const nl = {
  profile: (level: string | null, name: string) => `${level === 'buurt' ? 'Buurtprofiel' : 'Wijkprofiel'} ${name}`,
  intro: (name: string, municipality: string) =>
    `De cijfers van ${name} naast die van de hele gemeente ${municipality}. Steeds als aandeel of verhouding (bijvoorbeeld het deel van de inwoners), zodat een wijk en de stad te vergelijken zijn.`,
  mapLabel: (name: string, municipality: string) => `Ligging van ${name} in ${municipality}. Elke wijk is een link naar zijn profiel.`,
  indicator: 'Indicator',
  caption: (group: string, name: string) => `${group}: ${name} naast de gemeente`,
  perBuurt: 'ook per buurt',
  count: (n: string) => `aantal: ${n}`,
  legend: (name: string, municipality: string) => `Balken: boven ${name}, onder ${municipality}.`,
  none: 'Voor dit gebied zijn er nog geen cijfers.',
  buurten: 'Buurten in deze wijk',
  buurtenIntro: (n: number) =>
    `De indicatoren met “ook per buurt” zijn er ook voor elk van deze ${n} buurten. Kies een buurt voor zijn profiel.`,
  back: (name: string) => `← ${name}`,
  statusNote: 'Een status staat er alleen waar het gebied een eigen oordeel heeft.',
};

export type WijkTexts = typeof nl;

const en: WijkTexts = {
  profile: (level, name) => `${level === 'buurt' ? 'Neighbourhood profile' : 'District profile'} ${name}`,
  intro: (name, municipality) =>
    `The figures of ${name} beside those of the whole municipality of ${municipality}. Always as a share or ratio (for example the share of residents), so a district and the city compare.`,
  mapLabel: (name, municipality) => `Where ${name} lies in ${municipality}. Every district links to its profile.`,
  indicator: 'Indicator',
  caption: (group, name) => `${group}: ${name} beside the municipality`,
  perBuurt: 'also per neighbourhood',
  count: (n) => `count: ${n}`,
  legend: (name, municipality) => `Bars: top ${name}, bottom ${municipality}.`,
  none: 'There are no figures for this area yet.',
  buurten: 'Neighbourhoods in this district',
  buurtenIntro: (n) =>
    `The indicators marked “also per neighbourhood” exist for each of these ${n} neighbourhoods too. Choose one for its profile.`,
  back: (name) => `← ${name}`,
  statusNote: 'A status is shown only where the area has a verdict of its own.',
};

export function wijkTexts(lang: Lang): WijkTexts {
  return lang === 'nl' ? nl : en;
}
