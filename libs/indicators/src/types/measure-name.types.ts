/** SBI 2008 sections A–U (the `sbi` column of the employment upload). */
export const SBI_SECTIONS = [
  'A',
  'B',
  'C',
  'D',
  'E',
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
] as const;

/** One SBI 2008 section letter. */
export type SbiSection = (typeof SBI_SECTIONS)[number];

/** Measures about population and households. */
export const POPULATION_MEASURE_NAMES = [
  'population_total',
  'population_age_0_15',
  'population_age_15_25',
  'population_age_25_45',
  'population_age_45_65',
  'population_age_65_plus',
  'population_age_15_74',
  'population_end_of_year',
  'grey_pressure_pct',
  'households_total',
  'households_single_person',
] as const;

/** Measures about the housing stock and market. */
export const HOUSING_MEASURE_NAMES = ['dwellings_stock', 'new_build_dwellings', 'woz_avg_dwelling_keur'] as const;

/** Measures about energy, mobility and land use. */
export const ENVIRONMENT_MEASURE_NAMES = [
  'gas_use_avg_dwelling_m3',
  'electricity_use_avg_dwelling_kwh',
  'dwellings_gas_free_pct',
  'dwellings_solar_pct',
  'renewable_energy_pct',
  'cars_total',
  'land_area_total_ha',
  'land_use_built_ha',
  'land_use_traffic_ha',
  'land_use_recreation_ha',
  'land_use_forest_nature_ha',
  'land_use_built_pct',
  'land_use_forest_nature_pct',
  'land_use_recreation_pct',
] as const;

/** Measures about health and care. */
export const HEALTH_MEASURE_NAMES = [
  'adults_exercise_guideline_pct',
  'adults_good_health_pct',
  'adults_overweight_pct',
  'adults_lonely_pct',
  'adults_informal_carer_pct',
  'gp_distance_km',
  'social_assistance_recipients',
] as const;

/** Measures about jobs, establishments, vacancy and jobseekers. */
export const ECONOMY_MEASURE_NAMES = [
  'jobs_total',
  'lisa_establishments_total',
  'lisa_establishments_sbi_J',
  'establishments_total',
  'establishments_sbi_HJ',
  'office_floor_m2',
  'office_vacant_m2',
  'retail_objects_total',
  'retail_objects_vacant',
  'retail_floor_m2',
  'jobseekers_nww',
  'jobseekers_gwu',
  'self_employed_pct',
  'education_low',
  'education_mid',
  'education_high',
  'education_high_pct',
  'kpi_fibre_coverage_pct',
  'kpi_digital_services_pct',
] as const;

/** Jobs per SBI section, one measure per letter: `jobs_sbi_A` … `jobs_sbi_U`. */
export type JobsBySectionMeasureName = `jobs_sbi_${SbiSection}`;

/** The name of a jobs-per-section measure. */
export function jobsSectionMeasure(section: SbiSection): JobsBySectionMeasureName {
  return `jobs_sbi_${section}`;
}

/** Every jobs-per-section measure name, A to U. */
export const JOBS_BY_SECTION_MEASURE_NAMES: readonly JobsBySectionMeasureName[] = SBI_SECTIONS.map(jobsSectionMeasure);

/**
 * The closed set of stable measure names. The measure catalogue is a `Record<MeasureName, …>`, so the compiler
 * refuses a name without a definition, and indicator formulas can only name measures that exist.
 */
export type MeasureName =
  | (typeof POPULATION_MEASURE_NAMES)[number]
  | (typeof HOUSING_MEASURE_NAMES)[number]
  | (typeof ENVIRONMENT_MEASURE_NAMES)[number]
  | (typeof HEALTH_MEASURE_NAMES)[number]
  | (typeof ECONOMY_MEASURE_NAMES)[number]
  | JobsBySectionMeasureName;

/** Every measure name, in catalogue order. */
export const MEASURE_NAMES: readonly MeasureName[] = [
  ...POPULATION_MEASURE_NAMES,
  ...HOUSING_MEASURE_NAMES,
  ...ENVIRONMENT_MEASURE_NAMES,
  ...HEALTH_MEASURE_NAMES,
  ...ECONOMY_MEASURE_NAMES,
  ...JOBS_BY_SECTION_MEASURE_NAMES,
];
