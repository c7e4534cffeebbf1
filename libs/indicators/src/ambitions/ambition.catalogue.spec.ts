import { formulaInputs } from '../compute/series.compute';
import { requiredCumulative } from '../compute/progress/trajectory.progress';
import { NEW_BUILD_TARGET } from '../definitions/vision-targets.data';
import { isMeasureName } from '../measures/measure.catalogue';
import { AMBITION_IDS } from '../types/ambition.types';
import type { IndicatorDefinition } from '../types/indicator.types';
import type { Target } from '../types/target.types';
import { AMBITIONS, INDICATORS, getAmbition, getIndicator, indicatorsOfAmbition } from './ambition.catalogue';

function targetOf(indicator: IndicatorDefinition): Target | undefined {
  return indicator.progress.target;
}

describe('indicator catalogue', () => {
  it('should hold five ambitions in the order of the startnotitie when listed', () => {
    expect(AMBITIONS.map((a) => a.id)).toEqual([...AMBITION_IDS]);
  });

  it('should have unique indicator ids when all ambitions are combined', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(25);
  });

  it.each(AMBITION_IDS)('should give ambition %s at least five indicators when looked up', (id) => {
    expect(indicatorsOfAmbition(id).length).toBeGreaterThanOrEqual(5);
  });

  it('should place every indicator in exactly the ambition it names when grouped', () => {
    for (const ambition of AMBITIONS) {
      for (const indicator of indicatorsOfAmbition(ambition.id)) {
        expect(indicator.ambition).toBe(ambition.id);
      }
    }
    const grouped = AMBITIONS.flatMap((a) => a.indicatorIds);
    expect([...grouped].sort()).toEqual(INDICATORS.map((i) => i.id).sort());
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))('should describe %s completely when defined', (_id, indicator) => {
    for (const text of [indicator.title, indicator.definition, indicator.source]) {
      expect(text.nl.trim()).not.toBe('');
      expect(text.en.trim()).not.toBe('');
    }
    expect(['higher-is-better', 'lower-is-better']).toContain(indicator.direction);
    expect(indicator.levels.length).toBeGreaterThan(0);
    expect(indicator.owner).toMatch(/^Team /);
    expect(indicator.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('should carry only definition fields when serialised for the API', () => {
    const allowed = new Set([
      'id',
      'ambition',
      'title',
      'definition',
      'unit',
      'decimals',
      'direction',
      'directionNote',
      'inputs',
      'formula',
      'levels',
      'primaryRegion',
      'benchmarkRegions',
      'frequency',
      'source',
      'owner',
      'progress',
      'margin',
      'profile',
      'note',
    ]);
    for (const indicator of INDICATORS) {
      expect(Object.keys(indicator).filter((key) => !allowed.has(key))).toEqual([]);
    }
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))('should resolve every input of %s to a measure when checked', (_id, indicator) => {
    for (const input of indicator.inputs) {
      expect(isMeasureName(input)).toBe(true);
    }
    // The inputs are exactly the measures the formula reads: no unused and no undeclared input.
    expect([...indicator.inputs].sort()).toEqual(formulaInputs(indicator.formula).sort());
  });

  it('should cite the startnotitie on every target and ambition when a policy reference is given', () => {
    const policies = [...AMBITIONS.map((a) => a.policy), ...INDICATORS.flatMap((i) => targetOf(i)?.policy ?? [])];
    for (const policy of policies) {
      expect(policy.citation).toMatch(/^Startnotitie Omgevingsvisie Assen, (§\d\.\d|Bijlage 3)/);
      expect(policy.quote.trim()).not.toBe('');
    }
    expect(
      INDICATORS.filter((i) => targetOf(i) !== undefined)
        .map((i) => i.id)
        .sort(),
    ).toEqual(['jobs-total', 'new-build-dwellings', 'office-vacancy', 'retail-floor-space-change']);
  });

  it('should carry the vision figures 340/230, 15% → 5%, −300 m² and 0.4% when the targets are read', () => {
    expect(getIndicator('new-build-dwellings')?.progress).toMatchObject({
      method: 'trajectory',
      target: {
        segments: [
          { perYear: 340, toYear: 2025 },
          { perYear: 230, fromYear: 2026 },
        ],
      },
    });
    expect(getIndicator('office-vacancy')?.progress).toMatchObject({ target: { baseValue: 15, targetValue: 5 } });
    expect(getIndicator('retail-floor-space-change')?.progress).toMatchObject({ target: { lower: -300, upper: 0 } });
    expect(getIndicator('jobs-total')?.progress).toMatchObject({ target: { ratePerYear: 0.004, targetYear: 2025 } });
  });

  it('should state milestones equal to the summed yearly need when the new-build target is checked', () => {
    // 2018..2025 = 8 years × 340 = 2,720; 2026..2030 = 5 years × 230 = 1,150; 2,720 + 1,150 = 3,870.
    for (const milestone of NEW_BUILD_TARGET.milestones) {
      expect(requiredCumulative(NEW_BUILD_TARGET, milestone.year)).toBe(milestone.value);
    }
    expect(NEW_BUILD_TARGET.milestones).toEqual([
      { year: 2025, value: 2720 },
      { year: 2030, value: 3870 },
    ]);
  });

  it('should state a tolerance with a reason in both languages when a trajectory target is given', () => {
    for (const indicator of INDICATORS) {
      if (indicator.progress.method === 'trajectory') {
        const tolerance = indicator.progress.target.tolerance;
        expect(tolerance.value).toBeGreaterThanOrEqual(0);
        expect(tolerance.rationale.nl).not.toBe('');
        expect(tolerance.rationale.en).not.toBe('');
      }
    }
  });

  it('should answer undefined or empty when an unknown id is looked up', () => {
    expect(getIndicator('does-not-exist')).toBeUndefined();
    expect(getAmbition('does-not-exist')).toBeUndefined();
    expect(indicatorsOfAmbition('does-not-exist')).toEqual([]);
    expect(getIndicator('gas-use-per-dwelling')?.ambition).toBe('klimaat-groen');
  });
});
