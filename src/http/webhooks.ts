import { requireToken, tokenMatches } from './auth.js';
import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { applyBounceReports } from '../digests/bounces.js';
import { BouncePayloadError, isSnsEnvelope, isSnsSubscribeUrl, parseBouncePayload, readPayloadBody } from '../mail/bounce-payloads.js';
import { SnsSignatureError, verifySnsMessage, type SnsMessage } from '../mail/sns-signature.js';
import type { HttpDeps } from './server.js';
import { confirmSnsSubscription, fetchedSnsCertificates } from './sns-certificates.js';

/**
 * POST /api/webhooks/bounce: bounces and complaints reported after sending,
 * in a generic JSON form or as Amazon SES (via SNS), Postmark or SendGrid
 * post them. Authenticated with BOUNCE_WEBHOOK_TOKEN, given as a Bearer
 * token, as the password of HTTP Basic auth (what SNS, Postmark and SendGrid
 * can put in a webhook URL), or as `?token=`. Amazon SNS posts must also
 * carry a valid SNS signature (SNS_VERIFY_SIGNATURES, on by default).
 */
export function webhookRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx } = deps;
  const certificates = deps.snsCertificates ?? fetchedSnsCertificates(ctx.config.feedPrivateAddresses);
  return async (app) => {
    // SNS posts JSON as text/plain.
    app.removeContentTypeParser('text/plain');
    app.addContentTypeParser('text/plain', { parseAs: 'string' }, (_request, body, done) => done(null, body));

    const expected = ctx.config.bounceWebhookToken;
    app.addHook(
      'onRequest',
      requireToken(ctx, {
        scope: 'webhook-auth',
        closed: expected ? null : 'the bounce webhook is closed: set BOUNCE_WEBHOOK_TOKEN to open it',
        matches: (request) => webhookTokenMatches(request, expected ?? ''),
        challenge: 'Basic realm="wirebrief webhooks"',
        refusal: 'webhook token required',
      }),
    );

    app.post('/bounce', { bodyLimit: 1024 * 1024 }, async (request, reply) => {
      let parsed;
      try {
        const body = readPayloadBody(request.body);
        if (isSnsEnvelope(body) && ctx.config.snsVerifySignatures) await verifySnsMessage(body as unknown as SnsMessage, certificates);
        parsed = parseBouncePayload(body);
      } catch (error) {
        if (error instanceof BouncePayloadError) return reply.code(400).send({ error: error.message });
        if (error instanceof SnsSignatureError) {
          ctx.log.warn({ reason: error.message }, 'bounce webhook: SNS message refused');
          return reply.code(403).send({ error: error.message });
        }
        throw error;
      }
      if (parsed.kind === 'sns-subscription') {
        if (!isSnsSubscribeUrl(parsed.subscribeUrl)) return reply.code(400).send({ error: 'SubscribeURL is not an https link to Amazon SNS: not followed' });
        const failed = await confirmSnsSubscription(parsed.subscribeUrl, ctx.config.feedPrivateAddresses);
        if (failed) return reply.code(502).send({ error: failed });
        ctx.log.info({}, 'SNS subscription confirmed for bounce notifications');
        return reply.send({ status: 'subscription confirmed' });
      }
      const outcome = await applyBounceReports(ctx, parsed.reports);
      return reply.send({ provider: parsed.provider, ...outcome, ignored: outcome.ignored + parsed.ignored });
    });
  };
}

function webhookTokenMatches(request: FastifyRequest, expected: string): boolean {
  const header = request.headers.authorization ?? '';
  const bearer = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  const basic = /^Basic\s+(.+)$/i.exec(header)?.[1];
  const password = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':').slice(1).join(':') : undefined;
  const query = (request.query as { token?: unknown } | undefined)?.token;
  return [bearer, password, typeof query === 'string' ? query : undefined].some((given) => given !== undefined && tokenMatches(given, expected));
}
