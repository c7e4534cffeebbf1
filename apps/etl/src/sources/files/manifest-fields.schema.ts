/**
 * Reads JSON fields by path and records every problem with the field's path (`measures[3].unit`), so a manifest
 * with several mistakes is reported whole, not one mistake per attempt.
 */
export type Json = Readonly<Record<string, unknown>>;

export function isJsonObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${JSON.stringify(value)}`;
}

export class ManifestFields {
  readonly problems: string[] = [];

  fail(path: string, message: string): void {
    this.problems.push(`${path}: ${message}`);
  }

  object(value: unknown, path: string): Json {
    if (isJsonObject(value)) return value;
    this.fail(path, `must be an object, is ${describe(value)}`);
    return {};
  }

  /** Keys not in `known` are refused: a misspelt field would otherwise be ignored silently. */
  onlyKeys(record: Json, path: string, known: readonly string[]): void {
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) this.fail(`${path}.${key}`, `is not a manifest field here (known: ${known.join(', ')})`);
    }
  }

  string(record: Json, key: string, path: string): string {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    this.fail(`${path}.${key}`, `must be a non-empty string, is ${describe(value)}`);
    return '';
  }

  optionalString(record: Json, key: string, path: string): string | null {
    return record[key] === undefined || record[key] === null ? null : this.string(record, key, path);
  }

  oneOf<T extends string>(record: Json, key: string, path: string, allowed: readonly T[], fallback?: T): T {
    const value = record[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.fail(`${path}.${key}`, `must be one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, is ${describe(value)}`);
    return allowed[0]!;
  }

  wholeNumber(record: Json, key: string, path: string, fallback?: number): number {
    const value = record[key];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    this.fail(`${path}.${key}`, `must be a whole number of at least 0, is ${describe(value)}`);
    return 0;
  }

  boolean(record: Json, key: string, path: string, fallback: boolean): boolean {
    const value = record[key];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    this.fail(`${path}.${key}`, `must be true or false, is ${describe(value)}`);
    return fallback;
  }

  array(record: Json, key: string, path: string, required = false): readonly unknown[] {
    const value = record[key];
    if (value === undefined && !required) return [];
    if (Array.isArray(value)) return value;
    this.fail(`${path}.${key}`, `must be an array, is ${describe(value)}`);
    return [];
  }

  strings(record: Json, key: string, path: string): string[] {
    return this.array(record, key, path).flatMap((item, index) => {
      if (typeof item === 'string' && item !== '') return [item];
      this.fail(`${path}.${key}[${index}]`, `must be a non-empty string, is ${describe(item)}`);
      return [];
    });
  }

  /** An object of string values (`where`, `{ "SBI": "A-U" }`). */
  stringMap(record: Json, key: string, path: string): Record<string, string> {
    const value = record[key];
    if (value === undefined) return {};
    const entries = Object.entries(this.object(value, `${path}.${key}`));
    return Object.fromEntries(
      entries.flatMap(([name, code]) => {
        if (typeof code === 'string' && code !== '') return [[name, code]];
        this.fail(`${path}.${key}.${name}`, `must be a non-empty string, is ${describe(code)}`);
        return [];
      }),
    );
  }

  /** A regular expression written as a string; null (and a problem) when it does not compile. */
  pattern(source: string, path: string): RegExp | null {
    try {
      return new RegExp(source, 'u');
    } catch (error) {
      this.fail(path, `is not a regular expression: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }
  }
}
