import type { IncomingHttpHeaders } from 'node:http';
import { type PageCacheDecision, isApiWrite, pageCacheDecision } from './page-cache-policy';

describe('pageCacheDecision', () => {
  it.each<[string, string, string, IncomingHttpHeaders, PageCacheDecision]>([
    ['the home page', 'GET', '/', {}, 'cache'],
    ['an English indicator page with a query', 'GET', '/en/indicatoren/population-total?peers=1', {}, 'cache'],
    ['a report asked with HEAD', 'HEAD', '/rapport/2025', {}, 'cache'],
    ['the management page', 'GET', '/beheer', {}, 'private'],
    ['a run on the management page', 'GET', '/beheer/runs/12', {}, 'private'],
    ['the English management page', 'GET', '/en/beheer', {}, 'private'],
    ['the management page under the internal Dutch prefix', 'GET', '/nl/beheer?x=1', {}, 'private'],
    ['a page asked with a bearer key', 'GET', '/', { authorization: 'Bearer k' }, 'private'],
    ['a page asked with a cookie', 'GET', '/wijken', { cookie: 'a=b' }, 'private'],
    ['a page whose name only starts like beheer', 'GET', '/beheerder', {}, 'cache'],
    ['the API forwarder', 'GET', '/api/v1/ambitions', {}, 'pass'],
    ["Next.js's files", 'GET', '/_next/static/chunks/a.js', {}, 'pass'],
    ['the icon', 'GET', '/icon.svg', {}, 'pass'],
    ['a file of the public folder', 'GET', '/bench/static-home.html?x=1', {}, 'pass'],
    ['a page whose query has a dot', 'GET', '/indicatoren/population-total?v=1.2', {}, 'cache'],
    ['a client-side navigation', 'GET', '/beheer', { rsc: '1' }, 'pass'],
    ['an RSC request by query', 'GET', '/?_rsc=abc', {}, 'pass'],
    ['a server action', 'POST', '/beheer/vaststellen', { 'next-action': 'x' }, 'pass'],
    ['a POST', 'POST', '/', {}, 'pass'],
  ])('should decide %s → %p', (_case, method, url, headers, expected) => {
    expect(pageCacheDecision(method, url, headers)).toBe(expected);
  });
});

describe('isApiWrite', () => {
  it.each([
    ['POST', '/api/v1/uploads/vacancy', true],
    ['DELETE', '/api/v1/auth/keys/abc', true],
    ['GET', '/api/v1/ambitions', false],
    ['OPTIONS', '/api/v1/uploads/vacancy', false],
    ['POST', '/beheer', false],
  ])('should say %s %s → %p', (method, url, expected) => {
    expect(isApiWrite(method, url)).toBe(expected);
  });
});
