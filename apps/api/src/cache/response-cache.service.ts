import { Inject, Injectable } from '@nestjs/common';
import { type CachingHeaders, PrebuiltResponse, VersionedCache, etagOf } from '@koers/http-cache';
import { API_OPTIONS, ApiOptions } from '../api-options';
import { API_CACHE_CONTROL } from './conditional-response';
import { DataVersionService } from './data-version.service';

/** A cached answer, and the route whose rate limit it counts against when the fast lane serves it (null: never). */
export interface CachedAnswer {
  readonly response: PrebuiltResponse;
  readonly fastLaneRoute: string | null;
}

/** How a text answer that is not the API's JSON (Turtle, JSON-LD, Atom) goes out; it is always revalidated. */
export type TextCaching = Omit<CachingHeaders, 'cacheControl'>;

const MAX_ENTRIES = 500;

/** Answers by URL (and, where one is negotiated, its type) as prebuilt bytes, kept until the data version changes. */
@Injectable()
export class ResponseCacheService {
  private readonly cache = new VersionedCache<CachedAnswer>({ maxEntries: MAX_ENTRIES });

  constructor(
    private readonly versions: DataVersionService,
    @Inject(API_OPTIONS) private readonly options: ApiOptions,
  ) {}

  /**
   * The cached JSON response for `key`, or the one `produce` computes (and, when caching is on, keeps, and
   * compresses in the background). `fastLaneRoute` offers the entry to the fast lane, which serves it for that URL;
   * `seenVersion` is the data version the client has seen (DATA_VERSION_HEADER): nothing older is served.
   */
  respond(
    key: string,
    produce: () => Promise<unknown>,
    fastLaneRoute: string | null = null,
    seenVersion?: string,
  ): Promise<PrebuiltResponse> {
    return this.prebuilt(key, async () => PrebuiltResponse.json(await produce(), API_CACHE_CONTROL), fastLaneRoute, seenVersion);
  }

  /** The same for a body that is text already, in its own media type; never on the fast lane. */
  respondText(key: string, produce: () => Promise<string>, caching: TextCaching): Promise<PrebuiltResponse> {
    return this.prebuilt(
      key,
      async () => new PrebuiltResponse(Buffer.from(await produce()), { ...caching, cacheControl: API_CACHE_CONTROL }),
      null,
    );
  }

  /** The cached answer for `key` without any waiting, while the data version is known to be current; else nothing. */
  peek(key: string, seenVersion?: string): CachedAnswer | undefined {
    const version = this.versions.fresh(seenVersion);
    return version === undefined ? undefined : this.cache.get(version, key);
  }

  /** An entity tag for a streamed download: the same data version and URL give the same bytes. */
  async versionTag(key: string): Promise<string> {
    return etagOf('stream', await this.versions.current(), key);
  }

  private async prebuilt(
    key: string,
    build: () => Promise<PrebuiltResponse>,
    fastLaneRoute: string | null,
    seenVersion?: string,
  ): Promise<PrebuiltResponse> {
    const version = await this.versions.current(seenVersion);
    const compute = () => this.versions.within(version, build);
    if (!this.options.cache) return compute();
    const answer = await this.cache.getOrCompute(version, key, async () => {
      const response = await compute();
      // Not awaited: the first answers go out uncompressed rather than later.
      response.compress().catch(() => undefined);
      return { response, fastLaneRoute };
    });
    return answer.response;
  }
}
