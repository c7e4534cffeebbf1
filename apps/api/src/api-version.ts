/**
 * The version of the API (semantic versioning, NL API Design Rules /core/semver): the major is in every path
 * (`/api/v1`), the whole version in the `API-Version` header of every response and in `info.version` of the
 * OpenAPI document. docs/api-changelog.md says what each version changed; a test holds the two together.
 */
export const API_VERSION = '1.1.0';

/** The header that carries {@link API_VERSION} on every response (/core/version-header). */
export const API_VERSION_HEADER = 'API-Version';

/** The major version, as the path has it: `v1`. */
export const API_MAJOR = `v${API_VERSION.split('.')[0]}`;
