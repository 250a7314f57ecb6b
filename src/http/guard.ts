import { Busboy } from '@fastify/busboy';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Ctx } from '../context.js';
import { signToken, verifyingSecrets, verifyToken } from '../subscribers/tokens.js';
import { INLINE_HASHES } from './pages.js';

/**
 * Security plumbing of the public pages: headers, form bodies, and the two
 * locks on every form post — the browser's word on where the post came from
 * (Sec-Fetch-Site, Origin) and a signed, expiring token the page put in the
 * form.
 */

/** Forms and the subscribe API are small: a few hundred bytes in real use. */
export const FORM_BODY_LIMIT = 16 * 1024;
const FORM_TOKEN_TTL_MS = 12 * 3600_000;

/** Headers for pages: CSP allowing only our own inline style and script (by hash), no framing, no referrer to other sites. */
export async function registerPageSecurity(app: FastifyInstance, ctx: Ctx): Promise<void> {
  const https = ctx.config.publicUrl.startsWith('https:');
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: [INLINE_HASHES.style],
        scriptSrc: [INLINE_HASHES.script],
        imgSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // Links carry tokens: never tell another site where the reader came from.
    // (same-origin, not no-referrer: with no-referrer browsers post `Origin: null`.)
    referrerPolicy: { policy: 'same-origin' },
    // HSTS only means something over HTTPS; on plain HTTP it would only confuse a local setup.
    strictTransportSecurity: https ? { maxAge: 180 * 24 * 3600, includeSubDomains: false } : false,
    frameguard: { action: 'deny' },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
  await app.register(formbody, { bodyLimit: FORM_BODY_LIMIT });
  // RFC 8058 lets a mail provider send its one-click POST as multipart/form-data.
  app.addContentTypeParser('multipart/form-data', { parseAs: 'buffer', bodyLimit: FORM_BODY_LIMIT }, (request, body, done) => {
    parseMultipart(request, body as Buffer).then(
      (fields) => done(null, fields),
      (error: Error) => done(Object.assign(error, { statusCode: 400 }), undefined),
    );
  });
}

function parseMultipart(request: FastifyRequest, body: Buffer): Promise<Record<string, string | string[]>> {
  return new Promise((resolve, reject) => {
    const fields: Record<string, string | string[]> = {};
    const parser = new Busboy({ headers: request.headers as { 'content-type': string }, limits: { fields: 50, fieldSize: 4096, files: 0 } });
    parser.on('field', (name, value) => {
      const had = fields[name];
      fields[name] = had === undefined ? value : [...(Array.isArray(had) ? had : [had]), value];
    });
    parser.on('file', (_name, stream) => stream.resume());
    parser.on('finish', () => resolve(fields));
    parser.on('error', reject);
    parser.end(body);
  });
}

export function mediaType(request: FastifyRequest): string {
  return (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
}

export const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/**
 * True when the browser tells us the post came from another site. Browsers
 * send Sec-Fetch-Site on every request and a page cannot forge it, so when
 * it is there it decides; older browsers send Origin on a form post. A
 * client that sends neither is no browser being tricked, and still needs the
 * form token.
 */
export function fromAnotherSite(request: FastifyRequest, publicUrl: string): boolean {
  const site = request.headers['sec-fetch-site'];
  if (typeof site === 'string') return site !== 'same-origin' && site !== 'none';
  const origin = request.headers.origin;
  if (typeof origin !== 'string') return false;
  return origin !== new URL(publicUrl).origin && origin !== `${request.protocol}://${request.host}`;
}

/** A token for one form (`subscribe`, `manage:<id>`), put in the page and checked when it comes back. */
export function formToken(ctx: Ctx, form: string): string {
  return signToken(ctx.config.secret, { sub: form, purpose: 'form', exp: ctx.now() + FORM_TOKEN_TTL_MS });
}

export function checkFormToken(ctx: Ctx, token: unknown, form: string): 'ok' | 'expired' | 'invalid' {
  if (typeof token !== 'string') return 'invalid';
  const check = verifyToken(verifyingSecrets(ctx.config), token, 'form', ctx.now());
  if (check.ok) return check.claims.sub === form ? 'ok' : 'invalid';
  return check.reason === 'expired' ? 'expired' : 'invalid';
}
