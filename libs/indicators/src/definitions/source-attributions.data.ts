import type { LocalizedText } from '../types/text.types';

/** Source lines shown under an indicator. */
export const SOURCES = {
  kwb: {
    nl: 'CBS, Kerncijfers wijken en buurten (jaartabellen, o.a. 83765NED, 84799NED, 85984NED)',
    en: 'Statistics Netherlands (CBS), Key figures for districts and neighbourhoods (yearly tables, e.g. 83765NED, 84799NED, 85984NED)',
  },
  population: {
    nl: 'CBS, Bevolking op 1 januari (03759ned) en Kerncijfers wijken en buurten',
    en: 'CBS, Population on 1 January (03759ned) and Key figures for districts and neighbourhoods',
  },
  regionalKeyFigures: { nl: 'CBS, Regionale kerncijfers Nederland (70072ned)', en: 'CBS, Regional key figures (70072ned)' },
  housingMutations: {
    nl: 'CBS, Levensloop van woningen en niet-woningen (86098NED; tot 2024 81955NED)',
    en: 'CBS, Life cycle of dwellings and non-dwellings (86098NED; until 2024 81955NED)',
  },
  landUse: { nl: 'CBS, Bodemgebruik per gemeente (70262ned)', en: 'CBS, Land use per municipality (70262ned)' },
  healthMonitor: {
    nl: 'GGD’en, CBS en RIVM, Gezondheidsmonitor Volwassenen en Ouderen, Gezondheid per wijk en buurt (50090NED, 50120NED)',
    en: 'Municipal health services, CBS and RIVM, Adult and elderly health monitor, health per district (50090NED, 50120NED)',
  },
  education: {
    nl: 'CBS, Bevolking; hoogstbehaald onderwijsniveau en regio (85525NED)',
    en: 'CBS, Population by highest level of education and region (85525NED)',
  },
  lisa: {
    nl: 'LISA-werkgelegenheidsregister, aangeleverd door de gemeente',
    en: 'LISA employment register, uploaded by the municipality',
  },
  vacancy: {
    nl: 'Leegstandsregistratie op basis van de BAG, aangeleverd door de gemeente',
    en: 'Vacancy register based on the BAG, uploaded by the municipality',
  },
  uwv: { nl: 'UWV, aangeleverd door de gemeente', en: 'UWV (employee insurance agency), uploaded by the municipality' },
  klimaatmonitor: {
    nl: 'Klimaatmonitor (Rijkswaterstaat), aangeleverd door de gemeente',
    en: 'Klimaatmonitor (Rijkswaterstaat), uploaded by the municipality',
  },
  municipal: { nl: 'De gemeente, eigen registratie', en: 'The municipality, own records' },
} as const satisfies Record<string, LocalizedText>;
