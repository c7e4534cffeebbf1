// The parts of the npm `datapackage` library (Frictionless's reference implementation for JavaScript, no types of
// its own) that the data package test uses.
declare module 'datapackage' {
  export interface Resource {
    readonly name: string;
    readonly tabular: boolean;
    /** Every row, cast by the resource's schema; rejects at the first row that does not fit it. */
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  export class Package {
    static load(descriptor: string | Record<string, unknown>, options?: { basePath?: string; strict?: boolean }): Promise<Package>;
    readonly valid: boolean;
    readonly errors: readonly Error[];
    readonly resources: readonly Resource[];
  }
}
