import type { ECONOMY_MEASURE_NAMES } from '../types/measure-name.types';
import type { FileTableRef, UploadMeasureSource } from '../types/measure.types';
import { geoinzichtRef, kwbRefs } from './kwb-tables.data';
import { withNames } from './measure-spec.helper';

type EconomyMeasureName = (typeof ECONOMY_MEASURE_NAMES)[number];

function vacancy(functie: string, field: string): UploadMeasureSource {
  return { kind: 'municipal-upload', uploadKind: 'vacancy', field, filter: { functie }, producer: 'BAG/IMVG' };
}

/**
 * CBS 81402ned "Banen van werknemers in december" per SBI group and gemeente, 2008–2010 (StatLine export, in
 * thousands). Employee jobs in December are not LISA's jobs (LISA counts the self-employed and small jobs too):
 * another definition, so a series that has both shows the break.
 */
export function employeeJobsRef(sbi: string): FileTableRef {
  return {
    api: 'file',
    tableId: '81402ned',
    years: [2008, 2009, 2010],
    dimensions: { SBI: sbi },
    scale: 1000,
    definition: 'cbs-employee-jobs-december',
    evidence: 'cbs-export',
  };
}

function employment(sbi: string, field: string, tables: FileTableRef[] = []): UploadMeasureSource {
  return {
    kind: 'municipal-upload',
    uploadKind: 'employment',
    field,
    filter: { sbi },
    producer: 'LISA',
    ...(tables.length ? { tables } : {}),
  };
}

/** CBS 81575ned establishments per SBI group and gemeente, 2007–2012* (StatLine export, transposed). */
const ESTABLISHMENTS_2007_2012: FileTableRef = {
  api: 'file',
  tableId: '81575ned',
  years: [2007, 2008, 2009, 2010, 2011, 2012],
  dimensions: { SBI: 'H+J' },
  evidence: 'cbs-export',
};

function jobseekers(maatstaf: string): UploadMeasureSource {
  return { kind: 'municipal-upload', uploadKind: 'jobseekers', field: 'aantal', filter: { maatstaf }, producer: 'UWV' };
}

function kpi(code: string): UploadMeasureSource {
  const filter = { indicator_code: code };
  return { kind: 'municipal-upload', uploadKind: 'municipal-kpi', field: 'waarde', filter, producer: 'de gemeente' };
}

/** Jobs, establishments, vacancy, jobseekers, education and municipal KPIs. */
export const ECONOMY_MEASURES = withNames<EconomyMeasureName>({
  jobs_total: {
    title: { nl: 'Banen (werkzame personen)', en: 'Jobs (persons employed)' },
    unit: 'count',
    decimals: 0,
    source: employment('TOTAAL', 'banen_totaal', [employeeJobsRef('A-U')]),
    plausible: { maxYearlyChange: 0.2 },
    note: {
      nl: 'LISA telt ook zelfstandigen en banen < 12 uur (apart); CBS 83582NED alleen werknemersbanen in december.',
      en: 'LISA includes the self-employed and jobs < 12 h (separately); CBS 83582NED only employee jobs in December.',
    },
  },
  lisa_establishments_total: {
    title: { nl: 'Vestigingen (LISA)', en: 'Establishments (LISA)' },
    unit: 'count',
    decimals: 0,
    source: employment('TOTAAL', 'vestigingen'),
  },
  lisa_establishments_sbi_J: {
    title: { nl: 'Vestigingen informatie en communicatie (SBI J, LISA)', en: 'Establishments in ICT (SBI J, LISA)' },
    unit: 'count',
    decimals: 0,
    source: employment('J', 'vestigingen'),
  },
  establishments_total: {
    title: { nl: 'Bedrijfsvestigingen (CBS)', en: 'Business establishments (CBS)' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({ y2017: 'M000200_2', y2020: 'BedrijfsvestigingenTotaal_91', y2024: 'BedrijfsvestigingenTotaal_102' }),
        geoinzichtRef([2012, 2017, 2018, 2019, 2022, 2023]),
      ],
    },
    note: {
      nl: 'Zelfde register als 81575ned: de KWB-telling van 2012 (3.585 in GM0106) is de som van de secties van 81575ned 2012.',
      en: 'Same register as 81575ned: the KWB count of 2012 (3,585 in GM0106) is the sum of the 81575ned 2012 sections.',
    },
  },
  establishments_sbi_HJ: {
    title: { nl: 'Vestigingen vervoer, informatie en communicatie (SBI H+J)', en: 'Establishments in transport and ICT (SBI H+J)' },
    unit: 'count',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [
        ...kwbRefs({
          y2017: '383105',
          y2020: 'HJVervoerInformatieEnCommunicatie_95',
          y2024: 'HJVervoerInformatieEnCommunicatie_106',
        }),
        ESTABLISHMENTS_2007_2012,
      ],
    },
  },
  office_floor_m2: {
    title: { nl: 'Kantoorvloeroppervlak', en: 'Office floor space' },
    unit: 'm2',
    decimals: 0,
    source: vacancy('kantoor', 'm2_totaal'),
  },
  office_vacant_m2: {
    title: { nl: 'Leegstaand kantoorvloeroppervlak', en: 'Vacant office floor space' },
    unit: 'm2',
    decimals: 0,
    source: vacancy('kantoor', 'm2_leeg'),
  },
  retail_objects_total: {
    title: { nl: 'Winkelpanden (verblijfsobjecten)', en: 'Retail premises (units)' },
    unit: 'count',
    decimals: 0,
    source: vacancy('winkel', 'objecten_totaal'),
  },
  retail_objects_vacant: {
    title: { nl: 'Leegstaande winkelpanden', en: 'Vacant retail premises' },
    unit: 'count',
    decimals: 0,
    source: vacancy('winkel', 'objecten_leeg'),
  },
  retail_floor_m2: {
    title: { nl: 'Winkelvloeroppervlak', en: 'Retail floor space' },
    unit: 'm2',
    decimals: 0,
    source: vacancy('winkel', 'm2_totaal'),
    note: {
      nl: 'BAG-gebruiksoppervlakte is niet hetzelfde als Locatus-wvo; houd de reeksen gescheiden.',
      en: 'BAG usable floor area is not Locatus sales floor area (wvo); keep the series apart.',
    },
  },
  jobseekers_nww: {
    title: { nl: 'Niet-werkende werkzoekenden (NWW)', en: 'Non-working jobseekers (NWW)' },
    unit: 'count',
    decimals: 0,
    source: jobseekers('NWW'),
  },
  jobseekers_gwu: {
    title: { nl: 'Geregistreerde werkzoekenden bij UWV (GWU)', en: 'Jobseekers registered with UWV (GWU)' },
    unit: 'count',
    decimals: 0,
    source: jobseekers('GWU'),
    note: { nl: 'Opvolger van NWW sinds juli 2019.', en: 'Successor of NWW since July 2019.' },
  },
  self_employed_pct: {
    title: { nl: 'Zelfstandigen onder de werkzame beroepsbevolking', en: 'Self-employed among the employed' },
    unit: 'percent',
    decimals: 0,
    source: {
      kind: 'cbs',
      tables: [...kwbRefs({ y2020: 'PercentageZelfstandigen_69', y2024: 'PercentageZelfstandigen_80' }), geoinzichtRef([2022])],
    },
  },
  education_low: {
    title: { nl: 'Inwoners 15–75 met laag onderwijsniveau', en: 'Inhabitants 15–75 with a low education level' },
    unit: 'count',
    decimals: 0,
    source: { kind: 'cbs', tables: kwbRefs({ y2020: 'OpleidingsniveauLaag_64', y2024: 'BasisonderwijsVmboMbo1_75' }) },
  },
  education_mid: {
    title: { nl: 'Inwoners 15–75 met middelbaar onderwijsniveau', en: 'Inhabitants 15–75 with a middle education level' },
    unit: 'count',
    decimals: 0,
    source: { kind: 'cbs', tables: kwbRefs({ y2020: 'OpleidingsniveauMiddelbaar_65', y2024: 'HavoVwoMbo24_76' }) },
  },
  education_high: {
    title: { nl: 'Inwoners 15–75 met hbo of wo', en: 'Inhabitants 15–75 with higher education' },
    unit: 'count',
    decimals: 0,
    source: { kind: 'cbs', tables: kwbRefs({ y2020: 'OpleidingsniveauHoog_66', y2024: 'HboWo_77' }) },
  },
  education_high_pct: {
    title: { nl: 'Inwoners 15–75 met hbo of wo (aandeel)', en: 'Inhabitants 15–75 with higher education (share)' },
    unit: 'percent',
    decimals: 1,
    source: {
      kind: 'cbs',
      tables: [
        {
          tableId: '85525NED',
          api: 'v3',
          key: 'k_3HboWo_4',
          dimensions: { Geslacht: 'T001038', Leeftijd: '52052' },
          evidence: 'third-party',
          note: 'Key and codes from the provenance manifest of the third-party file; confirm against DataProperties.',
        },
        { api: 'file', tableId: '85525NED', years: [2023, 2024], evidence: 'third-party' },
      ],
    },
    plausible: { maxYearlyChange: 0.15 },
  },
  kpi_fibre_coverage_pct: {
    title: { nl: 'Adressen met glasvezelaansluiting', en: 'Addresses with a fibre connection' },
    unit: 'percent',
    decimals: 0,
    source: kpi('glasvezel_adressen_pct'),
  },
  kpi_digital_services_pct: {
    title: { nl: 'Digitaal aangevraagde gemeentelijke producten', en: 'Municipal services requested online' },
    unit: 'percent',
    decimals: 0,
    source: kpi('digitale_aanvragen_pct'),
  },
});
