import { Check, Column, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';

export const API_ROLES = ['viewer', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_ROLES)[number];

/** A bearer key of the API, stored as its sha256; the key itself is shown once when it is made. */
@Entity({ name: 'api_key' })
@Unique('api_key_prefix_key', ['prefix'])
@Unique('api_key_hash_key', ['keyHash'])
@Check('api_key_role_check', `role IN ('viewer', 'editor', 'admin')`)
export class ApiKeyEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** The first characters of the key (`koers_1a2b3c4d`), to tell keys apart without revealing them. */
  @Column({ type: 'text' })
  prefix!: string;

  /** Hex sha256 of the whole key. */
  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash!: string;

  @Column({ type: 'text' })
  role!: ApiKeyRole;

  @Column({ type: 'text', nullable: true })
  name!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
