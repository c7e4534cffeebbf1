import type { PolicyReference } from '../types/text.types';

/** The vision document every reference points into. Section numbers as in the text of the startnotitie. */
export const VISION_DOCUMENT = 'Startnotitie Omgevingsvisie Assen';

function cite(section: string, quote: string): PolicyReference {
  return { citation: `${VISION_DOCUMENT}, ${section}`, quote };
}

/** Policy references of the five ambitions (chapter 1 names them; chapter 6 works them out). */
export const AMBITION_POLICY = {
  klimaatGroen: cite(
    '§6.1 Een nog groener Assen',
    'Assen moet zijn groene karakter behouden en wellicht nog versterken. [...] diverse maatregelen die Assen moet ' +
      'nemen om de stap naar energieneutraal te maken en in te spelen op de gevolgen van klimaatverandering.',
  ),
  generaties: cite(
    '§6.2 Ruimte voor ontmoeting tussen generaties',
    'Assen moet plaats bieden aan alle generaties. Het aanbod aan voorzieningen en huisvesting moet hierop gericht zijn.',
  ),
  fitteZorgstad: cite(
    '§6.3 Onze stad Assen als fitte (zorg)stad',
    'Met de vergrijzing neemt het belang toe van gezond ouder worden en toegankelijkheid van de zorg. De inrichting ' +
      'van de stad moet uitnodigen tot beweging [...]',
  ),
  regionaalCentrum: cite(
    '§6.4 Assen als regionaal centrum',
    'Assen is, als provinciehoofdstad, een belangrijk regionaal centrum. [...] De lokale economie is nogal eenzijdig. ' +
      'Daarom zou er actief gewerkt moeten worden aan meer variatie in het totale aanbod aan werkgelegenheid.',
  ),
  digitalisering: cite(
    '§6.5 Digitalisering en technologie',
    'Een verdergaande digitalisering ligt voor de hand. [...] Ook zijn verdere investeringen nodig in de ' +
      'infrastructuur voor dataverkeer.',
  ),
} as const;

/** Passages with figures (Bijlage 3, Trends en ontwikkelingen) and other passages indicators lean on. */
export const FIGURE_POLICY = {
  newBuild: cite(
    'Bijlage 3 (Trends en ontwikkelingen), Economie',
    'De verwachting is dat er behoefte is aan 340 nieuwe woningen per jaar tot 2025, en daarna aan 230 nieuwe ' + 'woningen per jaar.',
  ),
  officeVacancy: cite(
    'Bijlage 3 (Trends en ontwikkelingen), Economie',
    '15% van de kantoorruimte in Assen staat leeg, terwijl dit in 2004 nog maar 5% (niveau voor frictieleegstand) was.',
  ),
  retailFloorSpace: cite(
    'Bijlage 3 (Trends en ontwikkelingen), Economie',
    'Ondanks de positieve tendens is er de komende jaren geen behoefte aan nieuwe ruimte voor detailhandel. Mogelijk ' +
      'is er zelfs behoefte aan een afname van de oppervlakte tot wel 300m2 per jaar.',
  ),
  jobsGrowth: cite(
    'Bijlage 3 (Trends en ontwikkelingen), Economie',
    'Tot 2025 wordt er 0,4% groei in het aantal arbeidsplaatsen verwacht, daarna iets minder groei.',
  ),
  greyPressure: cite(
    'Bijlage 3 (Trends en ontwikkelingen), Bevolkingsopbouw',
    'De grijze druk in Assen is licht boven het landelijk niveau en lijkt de komende jaren verder uit te lopen ten ' +
      'opzichte van de rest van het land.',
  ),
  shopVacancyCentre: cite(
    '§5.5 Aantrekkelijke binnenstad',
    'Tegelijkertijd spreken inwoners hun zorgen uit over de leegstand. De aantrekkingskracht komt hierdoor onder druk te staan.',
  ),
  youngPeople: cite(
    '§5.8 Jongeren',
    'Mede door de afwezigheid van hogeschool en universiteit trekken veel jongeren na hun voortgezet onderwijs naar ' +
      'andere steden voor een vervolgopleiding.',
  ),
  selfEmployed: cite(
    '§6.5 Digitalisering en technologie',
    'Verder is sprake van meer flexibilisering waarbij inwoners in toenemende mate als ZZP werken.',
  ),
} as const;
