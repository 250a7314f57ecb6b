import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

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

export function tokenMatches(given: string | null, expected: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * An onRequest hook that closes a scope to everyone without the admin token:
 * 503 when no token is configured (the admin face is closed), 401 otherwise.
 * `challenge` picks the scheme browsers are asked for.
 */
export function requireAdmin(adminToken: string | undefined, challenge: 'Bearer' | 'Basic' = 'Bearer') {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    if (!adminToken) return reply.code(503).send({ error: 'the admin API is closed: set ADMIN_TOKEN to open it' });
    if (!tokenMatches(adminTokenGiven(request.headers.authorization), adminToken)) {
      return reply.code(401).header('www-authenticate', `${challenge} realm="wirebrief admin"`).send({ error: 'admin token required' });
    }
  };
}
