import type { LocalizedText, PolicyReference } from './text.types';

/** Stable ids of Assen's five ambitions (Startnotitie Omgevingsvisie Assen, chapter 1 and §6.1–§6.5). */
export const AMBITION_IDS = ['klimaat-groen', 'generaties', 'fitte-zorgstad', 'regionaal-centrum', 'digitalisering'] as const;

/** One of the five ambitions. A closed set: adding an ambition is a deliberate change to this union. */
export type AmbitionId = (typeof AMBITION_IDS)[number];

/** An ambition of the omgevingsvisie and the indicators that tell whether the municipality is on course toward it. */
export interface AmbitionDefinition {
  readonly id: AmbitionId;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly policy: PolicyReference;
  /** Ids of the indicators of this ambition, in display order. */
  readonly indicatorIds: readonly string[];
}
