import { createHash, timingSafeEqual } from 'node:crypto';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { key, type Ctx } from '../context.js';
import { fromAnotherSite } from './guard.js';

/**
 * The admin token, given either as `Authorization: Bearer <token>` (tools,
 * curl) or as HTTP Basic with the token as password and any user name
 * (browsers prompt for it, so Bull Board opens in a browser).
 */
export function adminTokenGiven(header: string | undefined): string | null {
  const bearer = /^Bearer\s+(.+)$/i.exec(header ?? '')?.[1]?.trim();
  if (bearer) return bearer;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header ?? '')?.[1];
  if (!basic) return null;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon >= 0 ? decoded.slice(colon + 1) : null;
}

/**
 * Constant time whatever is given: both sides are hashed to the same length
 * first, so neither the token's content nor its length shows in the timing.
 */
export function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** Wrong admin (or webhook) tokens one client may send in ADMIN_FAILURE_WINDOW_MS before it is refused outright. */
export const ADMIN_FAILURES_ALLOWED = 10;
export const ADMIN_FAILURE_WINDOW_MS = 15 * 60_000;
/** An IPv6 client has a whole /64: count the network, as the subscription limits do. */
const IPV6_CLIENT_PREFIX = 64;

/** Reads the client's failures, counting one more when ARGV[2] is 1; the window starts with the first failure. */
const FAILURES = `
local n = tonumber(redis.call('GET', KEYS[1]) or '0')
if ARGV[2] == '1' then
  n = redis.call('INCR', KEYS[1])
  if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
end
local ttl = redis.call('PTTL', KEYS[1])
return {n, ttl}
`;

async function failures(ctx: Ctx, scope: string, request: FastifyRequest, count: boolean): Promise<{ n: number; ttl: number }> {
  const counter = key(ctx, 'ratelimit', scope, normalizeIP(request.ip, IPV6_CLIENT_PREFIX));
  try {
    const [n, ttl] = (await ctx.redis.eval(FAILURES, 1, counter, String(ADMIN_FAILURE_WINDOW_MS), count ? '1' : '0')) as [number, number];
    return { n, ttl };
  } catch (error) {
    // Redis down: the admin face answers on the token alone rather than not at all.
    request.log.warn({ err: (error as Error).message }, 'failed-token count unavailable');
    return { n: 0, ttl: 0 };
  }
}

/** A secret-token gate: what it is called in answers, and how a request's token is checked. */
export interface TokenGate {
  /** Counts failures apart per gate (`admin-auth`, `webhook-auth`). */
  scope: string;
  /** The answer when no token is configured (the gate is closed), or null when one is. */
  closed: string | null;
  matches(request: FastifyRequest): boolean;
  challenge: string;
  refusal: string;
}

/**
 * An onRequest hook for a token gate: 503 when it is closed, 401 for a wrong
 * or missing token. A client that has sent ADMIN_FAILURES_ALLOWED wrong
 * tokens gets 429 with Retry-After until its window ends, whatever it sends,
 * so a token cannot be guessed at request speed.
 */
export function requireToken(ctx: Ctx, gate: TokenGate) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (gate.closed !== null) return reply.code(503).send({ error: gate.closed });
    const before = await failures(ctx, gate.scope, request, false);
    if (before.n >= ADMIN_FAILURES_ALLOWED) return tooManyFailures(reply, before.ttl);
    if (!gate.matches(request)) {
      const after = await failures(ctx, gate.scope, request, true);
      if (after.n === ADMIN_FAILURES_ALLOWED) request.log.warn({ client: request.ip, gate: gate.scope }, 'token guessed wrong too often: client refused for a while');
      return reply.code(401).header('www-authenticate', gate.challenge).send({ error: gate.refusal });
    }
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The admin gate; `challenge` picks the scheme browsers are asked for. A
 * browser that has the Basic login (the desk, Bull Board) sends it with any
 * request, another site's form posts too: a change (any method but GET/HEAD)
 * the browser says comes from another site is refused (403), so no page
 * elsewhere can run digests or add jobs in the operator's name. Tools send no
 * Sec-Fetch-Site or Origin and are not affected.
 */
export function requireAdmin(ctx: Ctx, challenge: 'Bearer' | 'Basic' = 'Bearer') {
  const adminToken = ctx.config.adminToken;
  const gate = adminTokenGate(ctx, adminToken, challenge);
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!SAFE_METHODS.has(request.method) && fromAnotherSite(request, ctx.config.publicUrl)) {
      return reply.code(403).send({ error: 'admin changes are not taken from pages of another site' });
    }
    return gate(request, reply);
  };
}

function adminTokenGate(ctx: Ctx, adminToken: string | undefined, challenge: 'Bearer' | 'Basic') {
  return requireToken(ctx, {
    scope: 'admin-auth',
    closed: adminToken ? null : 'the admin API is closed: set ADMIN_TOKEN to open it',
    matches: (request) => tokenMatches(adminTokenGiven(request.headers.authorization), adminToken ?? ''),
    challenge: `${challenge} realm="wirebrief admin"`,
    refusal: 'admin token required',
  });
}

function tooManyFailures(reply: FastifyReply, ttlMs: number) {
  const seconds = Math.max(1, Math.ceil((ttlMs > 0 ? ttlMs : ADMIN_FAILURE_WINDOW_MS) / 1000));
  return reply.code(429).header('retry-after', String(seconds)).send({ error: `too many wrong tokens from this client; try again in ${seconds} s` });
}
