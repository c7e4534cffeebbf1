import type { Request, Response } from 'express';
import { etagMatches } from './etag';
import type { CachedBody } from './response-cache.service';

/** Sets the ETag, to be revalidated on every use; true when the client's copy is current. */
export function clientHasCurrent(request: Request, response: Response, etag: string): boolean {
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', 'no-cache');
  return etagMatches(request.headers['if-none-match'], etag);
}

/** Sets the ETag; answers 304 and returns true when the client's copy is current. */
export function answeredNotModified(request: Request, response: Response, etag: string): boolean {
  if (!clientHasCurrent(request, response, etag)) return false;
  response.status(304).end();
  return true;
}

/** Sends a cached body in its media type, or 304 when the client has it. */
export function sendCached(request: Request, response: Response, entry: CachedBody, mediaType: string): void {
  if (answeredNotModified(request, response, entry.etag)) return;
  response.status(200).type(mediaType).send(entry.body);
}

/** Sends a cached JSON body, or 304 when the client has it. */
export function sendCachedJson(request: Request, response: Response, entry: CachedBody): void {
  sendCached(request, response, entry, 'application/json');
}
