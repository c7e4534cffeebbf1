import { DATA_VERSION_HEADER } from '@koers/api-contracts';
import type { Request, Response } from 'express';
import { type PrebuiltResponse, type Representation, etagMatches } from '@koers/http-cache';

/** Every cached answer of the API is revalidated on every use (If-None-Match → 304): the data can change at any moment. */
export const API_CACHE_CONTROL = 'no-cache';

/** The data version the client has already seen, when it names one (the dashboard does). */
export function seenDataVersion(request: Request): string | undefined {
  const value = request.headers[DATA_VERSION_HEADER];
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : undefined;
}

/** Sets the ETag, to be revalidated on every use; answers 304 and returns true when the client's copy is current. */
export function answeredNotModified(request: Request, response: Response, etag: string): boolean {
  response.setHeader('ETag', etag);
  response.setHeader('Cache-Control', API_CACHE_CONTROL);
  if (!etagMatches(request.headers['if-none-match'], etag)) return false;
  response.status(304).end();
  return true;
}

/** Puts a prebuilt answer's status and headers on the response (Vary is added to, not replaced); returns what to send. */
export function applyRepresentation(request: Request, response: Response, prebuilt: PrebuiltResponse): Representation {
  const representation = prebuilt.representation(request.method, request.headers['accept-encoding'], request.headers['if-none-match']);
  response.status(representation.status);
  for (const [name, value] of representation.headers) {
    if (name === 'Vary') response.vary(value);
    else response.setHeader(name, value);
  }
  return representation;
}

/** Sends a prebuilt answer (or 304 when the client has it). */
export function sendPrebuilt(request: Request, response: Response, prebuilt: PrebuiltResponse): void {
  const { body } = applyRepresentation(request, response, prebuilt);
  if (body === null) response.end();
  else response.end(body);
}
