import type { FastifyReply, FastifyRequest } from 'fastify';
import { PROTOTYPE_KEYS_REFUSAL, reachesPrototype } from '../json-keys.js';
import { escapeHtml as e, INLINE_HASHES, page } from './pages.js';

/**
 * Answers for requests no route takes, or that fastify refuses before a route
 * sees them (a path that does not decode, a body of a type no parser reads,
 * JSON that does not parse). API paths answer `{error}` like every API
 * answer; the pages answer a readable page. Nothing of the request but its
 * method and path is echoed, and never a query string (links carry tokens).
 */

/** Paths whose answers are JSON (or feeds and metrics): everything else is a page a person reads. */
const API_PATHS = /^\/(?:api|admin|feeds)(?:\/|$)|^\/(?:healthz|readyz|metrics)$/;

export function isApiPath(url: string): boolean {
  return API_PATHS.test(url.split('?')[0]!);
}

/** At most this much of a path is echoed back in an error. */
const MAX_ECHOED_PATH = 200;

function pathOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0]!;
  return path.length > MAX_ECHOED_PATH ? `${path.slice(0, MAX_ECHOED_PATH)}…` : path;
}

/**
 * These pages are answered outside the pages' plugin (no route took the
 * request), so helmet never saw them: the same locks, written out.
 */
const ERROR_PAGE_HEADERS = {
  'content-security-policy': `default-src 'none'; style-src ${INLINE_HASHES.style}; script-src ${INLINE_HASHES.script}; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`,
  'x-frame-options': 'DENY',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

export function sendError(request: FastifyRequest, reply: FastifyReply, status: number, message: string, pageText = message): FastifyReply {
  if (isApiPath(request.url)) return reply.code(status).send({ error: message });
  const title = status === 404 ? 'Page not found' : 'That did not work';
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .headers(ERROR_PAGE_HEADERS)
    .send(page(title, `<p>${e(pageText)}</p><p><a href="/">Go to the subscribe page</a>.</p>`));
}

/**
 * The routes served, by path pattern, so that a request for a path that
 * exists but with another method hears 405 and the methods it takes (Allow),
 * not "no such page". Fed by fastify's onRoute hook.
 */
export interface RouteTable {
  add(method: string | string[], url: string): void;
  /** The methods some route takes for this path (none: no route has it). */
  methodsFor(path: string): string[];
}

export function routeTable(): RouteTable {
  const routes: { pattern: RegExp; methods: string[]; exact: boolean }[] = [];
  return {
    add(method, url) {
      // find-my-way's syntax as the routes here use it: ":name" one segment, "*" the rest.
      const source = url.split(/(:[A-Za-z_]\w*|\*)/).map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')));
      routes.push({ pattern: new RegExp(`^${source.join('')}$`), methods: [method].flat(), exact: !/[:*]/.test(url) });
    },
    methodsFor(path) {
      // A path a route names outright is that route's (POST /feeds/poll), not also a pattern's (DELETE /feeds/:id).
      const matching = routes.filter((route) => route.pattern.test(path));
      const named = matching.filter((route) => route.exact);
      const methods = new Set((named.length ? named : matching).flatMap((route) => route.methods));
      return [...methods].sort();
    },
  };
}

export function notFound(routes?: RouteTable) {
  return (request: FastifyRequest, reply: FastifyReply): FastifyReply => {
    const allowed = routes?.methodsFor(request.url.split('?')[0]!) ?? [];
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      reply.header('allow', allowed.join(', '));
      return sendError(request, reply, 405, `${request.method} is not allowed on ${pathOf(request)}: use ${allowed.join(' or ')}`, 'This page cannot be used that way.');
    }
    return sendError(request, reply, 404, `no route ${request.method} ${pathOf(request)}`, 'There is no page at this address.');
  };
}

/** Fastify's own refusals that happen before routing: `frameworkErrors`. */
export function frameworkError(error: Error & { code?: string; statusCode?: number }, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return sendError(request, reply, 414, 'the path is too long');
  if (error.code === 'FST_ERR_BAD_URL') {
    return sendError(request, reply, 400, 'the path is not valid percent-encoding (a % must be followed by two hex digits of UTF-8)', 'This address is not valid: it may have been cut short or changed when it was copied.');
  }
  return sendError(request, reply, error.statusCode && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 400, 'the request could not be read');
}

/** Errors fastify raises while reading a body, in words that say what to send instead. */
export function bodyErrorMessage(error: Error & { code?: string }, request: FastifyRequest): string | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE': {
      const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().slice(0, 100);
      return type ? `Content-Type ${type} is not accepted here: send JSON with Content-Type: application/json` : 'send a body with Content-Type: application/json';
    }
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'the body is larger than this endpoint takes';
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return 'the body is not as long as its Content-Length says';
    default:
      return null;
  }
}

export class BodyError extends Error {
  override name = 'BodyError';
  statusCode = 400;
}

/** JSON bodies: empty, not JSON, or reaching for a prototype each get their own message. */
export function parseJsonBody(raw: string): unknown {
  // A byte order mark is no part of the JSON (PowerShell and some Windows tools send one); fastify's parser dropped it too.
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  if (text.trim().length === 0) throw new BodyError('the body is empty: send a JSON object');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BodyError(`the body is not valid JSON${whereJsonBroke(error as Error)}`);
  }
  // Refused, as fastify's own parser does, but said so.
  if (reachesPrototype(text, value)) throw new BodyError(PROTOTYPE_KEYS_REFUSAL);
  return value;
}

/** Where the parse stopped; the parser's own words may quote the whole body, which an answer should not. */
function whereJsonBroke(error: Error): string {
  const at = /at position (\d+)/.exec(error.message)?.[1];
  if (at !== undefined) return ` (at character ${Number(at) + 1})`;
  const token = /^Unexpected token '(.)'/u.exec(error.message)?.[1];
  if (token) return ` (unexpected ${JSON.stringify(token)})`;
  return /end of JSON/.test(error.message) ? ' (it ends too early)' : '';
}

/** A content-type parser for `application/json` (parseAs: string) whose refusals say what was wrong. */
export function jsonBodyParser(_request: FastifyRequest, body: string | Buffer, done: (error: Error | null, value?: unknown) => void): void {
  try {
    done(null, parseJsonBody(body.toString()));
  } catch (error) {
    done(error as BodyError, undefined);
  }
}
