import { EVIDENCE_LEVELS, type EvidenceLevel } from '../types/measure.types';

/** The weaker of two evidence levels (further from CBS's own publication); `undefined` gives way to the other. */
export function weakerEvidence(a: EvidenceLevel | undefined, b: EvidenceLevel): EvidenceLevel {
  if (a === undefined) return b;
  return EVIDENCE_LEVELS.indexOf(a) >= EVIDENCE_LEVELS.indexOf(b) ? a : b;
}
