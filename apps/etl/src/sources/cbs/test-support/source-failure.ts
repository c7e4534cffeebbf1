import { SourceError } from '../../source-error';

/** The SourceError a promise rejects with; any other error is rethrown and success fails the test. */
export async function failureOf(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a SourceError');
}

/** The SourceError a call throws; any other error is rethrown and success fails the test. */
export function schemaErrorOf(fn: () => unknown): SourceError {
  try {
    fn();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected a schema error');
}
