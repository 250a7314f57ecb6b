import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { duplicateKey, duplicateKeyRefusal, PROTOTYPE_KEYS_REFUSAL, reachesPrototype, whereJsonBroke } from '../json-keys.js';
import { escapeHtml as e, INLINE_HASHES, page } from './pages.js';

/**
 * Answers for requests no route takes, or that fastify refuses before a route
 * sees them (a path that does not decode, a body of a type no parser reads,
 * JSON that does not parse). API paths answer `{error}` like every API
 * answer; the pages answer a readable page. Nothing of the request but its
 * method and path is echoed, and never a query string (links carry tokens).
 */

/** Paths whose answers are JSON (or feeds and metrics): everything else is a page a person reads. */
const API_PATHS = /^\/+(?:api|admin|feeds)(?:\/|$)|^\/+(?:healthz|readyz|metrics)\/?$/;

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

/** JSON bodies: empty, not JSON, reaching for a prototype or naming a key twice each get their own message. */
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
  // JSON.parse keeps the last of two same keys silently: a body that says two things is refused, not half read.
  const twice = duplicateKey(text);
  if (twice !== null) throw new BodyError(duplicateKeyRefusal(twice));
  return value;
}

/** A content-type parser for `application/json` (parseAs: string) whose refusals say what was wrong. */
export function jsonBodyParser(_request: FastifyRequest, body: string | Buffer, done: (error: Error | null, value?: unknown) => void): void {
  try {
    done(null, parseJsonBody(body.toString()));
  } catch (error) {
    done(error as BodyError, undefined);
  }
}

/**
 * Requests Node's parser refuses before fastify sees them (fastify's `clientErrorHandler`). The start
 * line and headers together may take 16 KB (Node's `maxHeaderSize`); past that Node says
 * HPE_HEADER_OVERFLOW, which fastify answers 431 whatever ran long. When the request line itself had not
 * ended within those bytes, it is the address that is too long: 414 URI Too Long, as RFC 9110 has it.
 * Answers are `{error}` JSON for API paths and a short page for the others, as every other refusal.
 */
export function clientError(connectionError: Error, socket: Duplex): void {
  // Node's error carries the bytes it was reading (fastify's type has them as JSON'd Buffer).
  const error = connectionError as Error & { code?: string; rawPacket?: unknown; bytesParsed?: number };
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  let status = 400;
  let message = 'the request could not be read';
  let path = '/';
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    status = 408;
    message = 'the request took too long to arrive';
  } else if (error.code === 'HPE_HEADER_OVERFLOW') {
    const head = requestLineStart(Buffer.isBuffer(error.rawPacket) ? error.rawPacket : undefined, error.bytesParsed);
    path = head?.path ?? '/';
    status = head && !head.ended ? 414 : 431;
    message = status === 414 ? 'the address is too long: the request line may take up to 16 KB' : 'the request headers are too large: the request line and headers together may take up to 16 KB';
  }
  if (socket.writable) {
    const api = isApiPath(path);
    const body = api ? JSON.stringify({ error: message }) : page('That did not work', `<p>${e(status === 414 ? 'This address is too long to open.' : message)}</p><p><a href="/">Go to the subscribe page</a>.</p>`);
    const headers = api ? { 'content-type': 'application/json; charset=utf-8' } : { ...ERROR_PAGE_HEADERS, 'content-type': 'text/html; charset=utf-8' };
    const lines = Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' }).map(([name, value]) => `${name}: ${value}\r\n`);
    socket.write(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n${lines.join('')}\r\n${body}`);
  }
  socket.destroy(error);
}

/**
 * The path of the request line in the bytes Node's parser was reading when it gave up, and whether the
 * line ended there. Null when those bytes do not open with a request line (a later piece of a slow client's
 * request: nothing then says which part ran long, and 431 stays).
 */
function requestLineStart(raw: Buffer | undefined, parsed: number | undefined): { path: string; ended: boolean } | null {
  if (!raw) return null;
  const read = raw.subarray(0, Math.min(raw.length, parsed ?? raw.length)).toString('latin1');
  const start = /^(?:\r?\n)*[A-Z]{1,20} (\S{0,200})/.exec(read);
  if (!start) return null;
  return { path: start[1]!, ended: read.trimStart().includes('\n') };
}
