import express, { type RequestHandler } from 'express';
import { UnreadableBodyError } from './unreadable-body';

/** Hands a reader's refusal on as an {@link UnreadableBodyError}, so the error filter knows where it came from. */
function tagged(reader: RequestHandler): RequestHandler {
  return (request, response, next) => {
    reader(request, response, (error?: unknown) => (error === undefined || error === null ? next() : next(new UnreadableBodyError(error))));
  };
}

/**
 * The JSON and form body readers Nest would register (the same options: 100 kB, extended forms), registered by
 * the app itself (`bodyParser: false`): Nest turns a JSON SyntaxError into a bare 400 that no longer says it was
 * the body, and every other refusal (413, 415) reaches the filter as an unknown error.
 */
export function bodyReaders(): RequestHandler[] {
  return [tagged(express.json()), tagged(express.urlencoded({ extended: true }))];
}
