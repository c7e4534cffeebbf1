/** API key roles: reading is public; `editor` uploads; `admin` starts runs and manages keys. */
export type ApiRole = 'viewer' | 'editor' | 'admin';

/** `GET /auth/whoami`. */
export interface WhoAmIResponse {
  readonly role: ApiRole;
  /** The key's display prefix, or `admin-token` for the KOERS_ADMIN_TOKEN. */
  readonly prefix: string;
  readonly name: string | null;
}

/** A key as listed: never the key itself, which is shown once at creation. */
export interface ApiKeyView {
  readonly prefix: string;
  readonly role: ApiRole;
  readonly name: string | null;
  /** @format date-time */
  readonly createdAt: string;
  /** @format date-time */
  readonly lastUsedAt: string | null;
  /** @format date-time */
  readonly revokedAt: string | null;
}

/** `POST /auth/keys`: the new key, shown this once. */
export interface CreatedApiKeyResponse extends ApiKeyView {
  readonly key: string;
}

/** `GET /auth/keys`. */
export interface ApiKeyListResponse {
  readonly data: readonly ApiKeyView[];
}
