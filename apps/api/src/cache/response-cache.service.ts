import { Inject, Injectable } from '@nestjs/common';
import { API_OPTIONS, ApiOptions } from '../api-options';
import { DataVersionService } from './data-version.service';
import { etagOf } from './etag';
import { VersionedCache } from './versioned-cache';

/** A serialised response (JSON, or another text) and its entity tag. */
export interface CachedBody {
  readonly body: string;
  readonly etag: string;
}

const MAX_ENTRIES = 500;

/** Responses by URL (and, where the answer is negotiated, its type), kept until the data version changes. */
@Injectable()
export class ResponseCacheService {
  private readonly cache = new VersionedCache<CachedBody>(MAX_ENTRIES);

  constructor(
    private readonly versions: DataVersionService,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  /** The cached response for `key`, or the one `produce` computes (and, when caching is on, keeps). */
  respond(key: string, produce: () => Promise<unknown>): Promise<CachedBody> {
    return this.respondText(key, async () => JSON.stringify(await produce()));
  }

  /** The same for a body that is text already (Turtle, Atom). */
  async respondText(key: string, produce: () => Promise<string>): Promise<CachedBody> {
    const version = await this.versions.current();
    const made = async (): Promise<CachedBody> => {
      const body = await produce();
      return { body, etag: etagOf(body) };
    };
    return this.options.cache ? this.cache.getOrCompute(version, key, made) : made();
  }

  /** An entity tag for a streamed download: the same data version and URL give the same bytes. */
  async versionTag(key: string): Promise<string> {
    return etagOf('stream', await this.versions.current(), key);
  }
}
