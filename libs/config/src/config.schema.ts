/**
 * One reader per kind of environment value. Each returns the parsed value or records a problem that names the
 * variable, so start-up can report every wrong setting at once instead of the first.
 */
export type Env = Readonly<Record<string, string | undefined>>;

export class ConfigProblems {
  readonly messages: string[] = [];

  constructor(private readonly env: Env) {}

  raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }

  string(name: string, fallback: string): string {
    return this.raw(name) ?? fallback;
  }

  optionalString(name: string): string | undefined {
    return this.raw(name);
  }

  port(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const port = Number(value);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      this.messages.push(`${name}="${value}" is not a TCP port (a whole number from 1 to 65535)`);
      return fallback;
    }
    return port;
  }

  positiveInt(name: string, fallback: number): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      this.messages.push(`${name}="${value}" must be a whole number of at least 1`);
      return fallback;
    }
    return n;
  }

  /** A whole number of at least 1, or `auto` for `auto` (e.g. one per core). */
  countOrAuto(name: string, fallback: 'auto' | number, auto: number): number {
    const value = this.raw(name)?.toLowerCase() ?? String(fallback);
    if (value === 'auto') return auto;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) {
      this.messages.push(`${name}="${value}" must be auto or a whole number of at least 1`);
      return auto;
    }
    return n;
  }

  onOff(name: string, fallback: boolean): boolean {
    const value = this.raw(name)?.toLowerCase();
    if (value === undefined) return fallback;
    if (['on', 'true', '1', 'yes'].includes(value)) return true;
    if (['off', 'false', '0', 'no'].includes(value)) return false;
    this.messages.push(`${name}="${value}" must be on or off`);
    return fallback;
  }

  url(name: string, fallback: string | undefined, protocols: readonly string[]): string | undefined {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) return undefined;
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.messages.push(`${name} must use ${protocols.join(' or ')} (got "${parsed.protocol}")`);
      }
    } catch {
      this.messages.push(`${name} is not a valid URL`);
    }
    return value;
  }

  pattern(name: string, fallback: string, pattern: RegExp, what: string): string {
    const value = this.raw(name) ?? fallback;
    if (!pattern.test(value)) this.messages.push(`${name}="${value}" is not ${what}`);
    return value;
  }

  list(name: string, fallback: readonly string[], pattern: RegExp, what: string): string[] {
    const value = this.raw(name);
    const items =
      value === undefined
        ? [...fallback]
        : value
            .split(',')
            .map((item) => item.trim())
            .filter(Boolean);
    for (const item of items) {
      if (!pattern.test(item)) this.messages.push(`${name} contains "${item}", which is not ${what}`);
    }
    return items;
  }
}
