import type { RegionLevel } from '@koers/db';
import type { RegionSpec } from './file-manifest.types';

/** A region the database knows. */
export interface KnownRegion {
  readonly code: string;
  readonly name: string;
  readonly level: RegionLevel;
}

export type ResolvedRegion = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/** StatLine adds the level to a name that occurs at several levels: "Groningen (gemeente)", "Drenthe (PV)". */
const LEVEL_SUFFIX: readonly (readonly [RegExp, RegionLevel])[] = [
  [/^(.+) \(gemeente\)$/, 'gemeente'],
  [/^(.+) \(PV\)$/, 'provincie'],
  [/^(.+) \(LD\)$/, 'landsdeel'],
  [/^(.+) \(CR\)$/, 'corop'],
];

const nameKey = (name: string) => name.trim().toLowerCase();

/**
 * Region labels → codes. Codes are trimmed of CBS's padding and must be known (or named in the file, see the
 * mapper). A name is an alias of the manifest (whose code the mapper registers if it is new), or the name of exactly one known region; a label with a level
 * suffix also matches the bare name at that level (CBS names GM0014 both "Groningen" and "Groningen (gemeente)").
 * A name that fits no region, or several (NL00 and NL01 are both "Nederland"), needs an alias.
 */
export class RegionResolver {
  private readonly known = new Map<string, KnownRegion>();
  private readonly byName = new Map<string, KnownRegion[]>();
  private readonly aliases: ReadonlyMap<string, string>;

  constructor(
    known: readonly KnownRegion[],
    private readonly spec: RegionSpec,
  ) {
    for (const region of known) {
      this.known.set(region.code, region);
      const key = nameKey(region.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), region]);
    }
    this.aliases = new Map(spec.aliases.map((alias) => [alias.label, alias.code]));
  }

  isKnown(code: string): boolean {
    return this.known.has(code);
  }

  resolve(label: string): ResolvedRegion {
    const text = label.trim();
    if (text === '') return { ok: false, reason: 'the region is empty' };
    // An alias may name a code the database does not know yet: the mapper registers it under the file's label.
    const alias = this.aliases.get(text);
    if (alias !== undefined) return { ok: true, code: alias };
    if (this.spec.kind === 'code') return { ok: true, code: text };
    return this.byNameOf(text);
  }

  private byNameOf(text: string): ResolvedRegion {
    let candidates = this.byName.get(nameKey(text)) ?? [];
    if (candidates.length === 0) {
      for (const [pattern, level] of LEVEL_SUFFIX) {
        const match = pattern.exec(text);
        if (match) candidates = (this.byName.get(nameKey(match[1]!)) ?? []).filter((region) => region.level === level);
      }
    }
    if (candidates.length === 1) return { ok: true, code: candidates[0]!.code };
    if (candidates.length > 1) {
      return {
        ok: false,
        reason: `the name fits several known regions (${candidates.map((r) => r.code).join(', ')}): give the manifest an alias`,
      };
    }
    return {
      ok: false,
      reason: 'no known region has this name: give the manifest an alias, or list the label under regions.skip with why',
    };
  }
}
