import rateLimit, { normalizeIP } from '@fastify/rate-limit';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z, ZodError } from 'zod';
import { enqueueSubscriptionRequest } from '../../jobs/enqueue.js';
import { key } from '../context.js';
import { SubscriberError, normaliseEmail } from '../subscribers/address.js';
import {
  confirmSubscription,
  subscriberForToken,
  subscriberForUnsubscribe,
  unsubscribeByToken,
  type TokenRefusal,
} from '../subscribers/lifecycle.js';
import { countAddressRequest, countClientRequest } from '../subscribers/limits.js';
import { signedLink } from '../subscribers/links.js';
import { defaultPreferences, readPreferences, type PreferencesInput } from '../subscribers/preferences.js';
import { savePreferences, type Subscriber, type SubscriberSource, type SubscriberStatus } from '../subscribers/store.js';
import { checkFormToken, FORM_BODY_LIMIT, FORM_TYPES, formToken, fromAnotherSite, mediaType, registerPageSecurity } from './guard.js';
import { manageForm, subscribeForm, valuesFromBody, valuesOf, type FormMessage, type FormValues } from './forms.js';
import { escapeHtml as e, page } from './pages.js';
import type { HttpDeps } from './server.js';

/**
 * The subscription face: the subscribe page and its JSON twin, confirm,
 * manage and unsubscribe. Everything here is reachable by strangers, so it
 * sits behind per-IP rate limits (Redis), a per-address daily limit, body
 * limits, security headers and cross-site form checks.
 */

/** The same answer for a new, pending, active or unsubscribed address: no enumeration. */
export const SUBSCRIBE_ANSWER = { status: 'pending', message: 'Check your inbox: we sent a link to confirm the subscription.' };

/** A field's refusal: missing, or there but of the wrong type; `what` says what it should be. */
const fieldError = (what: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `required: ${what}` : `must be ${what}`);
const TOPICS = 'a list of topic ids (at most 100), see GET /api/topics';

const subscribeJson = z.object(
  {
    email: z.string({ error: fieldError('the address to send the digest to, as a string') }).max(320, 'longer than 320 characters: not an email address'),
    topics: z.union([z.array(z.string().max(64, `must be ${TOPICS}`), { error: fieldError(TOPICS) }).max(100, `must be ${TOPICS}`), z.string().max(2000, `must be ${TOPICS}`)], {
      error: fieldError(TOPICS),
    }),
    // null is "not given", as the form's empty fields are: the default applies.
    frequency: z.string({ error: fieldError('"daily" or "weekly"') }).max(16, 'must be "daily" or "weekly"').nullish(),
    weekday: z.union([z.number(), z.string().max(16, 'must be 1 (Monday) to 7 (Sunday) or a day name')], { error: fieldError('1 (Monday) to 7 (Sunday) or a day name') }).nullish(),
    hour: z.union([z.number(), z.string().max(8, 'must be a whole hour from 0 to 23')], { error: fieldError('a whole hour from 0 to 23') }).nullish(),
    timezone: z.string({ error: fieldError('an IANA time zone such as Asia/Kolkata or UTC') }).max(64, 'must be an IANA time zone such as Asia/Kolkata or UTC').nullish(),
  },
  { error: 'send a JSON object: {"email": "...", "topics": ["..."]}' },
);

/** Longer than any link we send; a token past it is cut-and-paste junk. */
const MAX_TOKEN_LENGTH = 1000;
/** An IPv6 client gets a whole /64 from its provider: limits count the network, not each of its addresses. */
const IPV6_CLIENT_PREFIX = 64;

/**
 * The `token` of a link, or '' (which no check accepts) when it is missing,
 * given twice or far too long: every such link gets the same "this link does
 * not work" page as any other broken one.
 */
export function linkToken(query: unknown): string {
  const token = (query as { token?: unknown } | undefined)?.token;
  return typeof token === 'string' && token.length <= MAX_TOKEN_LENGTH ? token : '';
}

type Refusal = { status: number; title: string; text: string };

class TooManyRequests extends Error {
  override name = 'TooManyRequests';
  statusCode = 429;
  constructor(readonly retryAfterSeconds: number) {
    super(`too many subscription requests; try again in ${describeWait(retryAfterSeconds)}`);
  }
}

export function subscriptionRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, taxonomy, queues } = deps;
  const defaults = () => defaultPreferences(ctx.config.editionTimezone);

  return async (app) => {
    await registerPageSecurity(app, ctx);
    await app.register(rateLimit, {
      global: true,
      max: ctx.config.publicRateLimit,
      timeWindow: 60_000,
      redis: ctx.redis,
      nameSpace: `${key(ctx, 'ratelimit', 'ip')}:`,
      ipv6Subnet: IPV6_CLIENT_PREFIX,
      skipOnError: true,
      // No counters on ordinary answers: they would make two answers differ (enumeration).
      addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
      addHeaders: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false, 'retry-after': true },
      errorResponseBuilder: (_request, context) => new TooManyRequests(Math.ceil(context.ttl / 1000)),
    });

    app.addHook('onSend', async (_request, reply) => {
      // Pages carry signed links and personal choices: never cache them anywhere.
      if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    });
    app.setErrorHandler(async (error: Error & { statusCode?: number; retryAfterSeconds?: number }, request, reply) => {
      if (error instanceof TooManyRequests) reply.header('retry-after', String(error.retryAfterSeconds));
      if (request.url.startsWith('/api/')) throw error;
      const status = error instanceof ZodError ? 400 : error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      const text =
        status === 429
          ? `There were too many requests from here. Please try again in ${describeWait(error.retryAfterSeconds ?? 60)}.`
          : status === 413
            ? 'That was far more data than this form sends.'
            : status === 415
              ? 'This address takes form posts from the page only.'
            : status >= 500
              ? 'Something went wrong on our side. Please try again in a minute.'
              : 'The request could not be read. Go back to the form and try again.';
      return reply.code(status).type('text/html; charset=utf-8').send(page(status === 429 ? 'Please slow down' : 'That did not work', `<p>${e(text)}</p>`));
    });

    /**
     * One subscription request, wherever it came from: per-IP and per-address
     * limits, then the request goes through the queue to the mail worker,
     * which stores it and mails (requestSubscription).
     */
    async function subscribe(request: FastifyRequest, email: string, prefs: PreferencesInput, source: SubscriberSource): Promise<void> {
      // Counted here, not with createRateLimit: its counters are named after a route, and this one spans several.
      const perIp = await countClientRequest(ctx, normalizeIP(request.ip, IPV6_CLIENT_PREFIX), ctx.config.subscribeLimitPerIp);
      if (!perIp.allowed) throw new TooManyRequests(perIp.retryAfterSeconds);
      const address = normaliseEmail(email);
      const preferences = readPreferences(taxonomy, prefs, defaults());
      const perAddress = await countAddressRequest(ctx, address, ctx.config.subscribeLimitPerAddress);
      if (!perAddress.allowed) throw new TooManyRequests(perAddress.retryAfterSeconds);
      // Whether the address is new, pending, active or unsubscribed is looked at by the mail worker, after this
      // answer: up to here every request takes the same steps, so neither the answer nor its timing tells.
      await enqueueSubscriptionRequest(queues, { email: address, preferences, source });
    }

    // Browsers ask for it on every page; an empty answer keeps that out of the error log and the console.
    app.get('/favicon.ico', async (_request, reply) => reply.code(204).header('cache-control', 'public, max-age=604800').send());

    app.get('/', async (_request, reply) => html(reply, 200, subscribePage(valuesOf(defaults()), { guessTimezone: true })));

    function subscribePage(values: FormValues, opts: { error?: string; guessTimezone?: boolean }): string {
      return page('Subscribe to wirebrief', subscribeForm(taxonomy, values, formToken(ctx, 'subscribe'), { error: opts.error, guessTimezone: opts.guessTimezone ?? false }), {
        timezoneScript: opts.guessTimezone,
      });
    }

    app.post('/', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const refused = refuseForm(request, 'subscribe');
      if (refused) return html(reply, refused.status, page(refused.title, refused.text));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = valuesFromBody(body, valuesOf(defaults()));
      if (checkFormToken(ctx, body.form_token, 'subscribe') === 'expired') {
        return html(reply, 400, subscribePage(values, { error: 'the form was open for a long time and has expired. Check it and send it again.' }));
      }
      try {
        await subscribe(request, values.email, values, 'form');
      } catch (error) {
        if (error instanceof SubscriberError) return html(reply, 400, subscribePage(values, { error: error.message }));
        throw error;
      }
      return html(
        reply,
        200,
        page('Check your inbox', `<p>${e(SUBSCRIBE_ANSWER.message)} Open it to start your digest; the link works for ${ctx.config.confirmLinkDays} days.</p><p>Nothing arrived? Look in the spam folder, or <a href="/">try again</a> in ten minutes.</p>`),
      );
    });

    app.post('/api/subscribe', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      if (mediaType(request) !== 'application/json') {
        return reply.code(415).send({ error: 'send the subscription as JSON with Content-Type: application/json' });
      }
      const body = subscribeJson.parse(request.body);
      await subscribe(request, body.email, body, 'api');
      return reply.code(202).send(SUBSCRIBE_ANSWER);
    });

    app.get('/confirm', async (request, reply) => {
      const token = linkToken(request.query);
      if (request.method === 'HEAD') {
        // Link checkers and mail scanners send HEADs: only opening the link confirms, and a HEAD spends nothing.
        const found = await subscriberForToken(ctx, token, 'confirm');
        return found.ok ? html(reply, 200, page('Confirm your subscription', '')) : refusalPage(reply, 'confirm', found.reason);
      }
      const result = await confirmSubscription(ctx, token);
      if (!result.ok) {
        const r = confirmRefusal(result.reason, result.status);
        return html(reply, r.status, page(r.title, r.text));
      }
      const manage = signedLink(ctx, result.subscriber.id, 'manage');
      return html(
        reply,
        200,
        page(
          'Subscription confirmed',
          `<p>Thank you. Your first digest arrives with the next edition.</p><p><a href="${e(manage)}">Manage your preferences</a>: topics, how often, and when. Every digest carries this link too.</p>`,
        ),
      );
    });

    app.get('/manage', async (request, reply) => {
      const token = linkToken(request.query);
      const found = await subscriberForToken(ctx, token, 'manage');
      if (!found.ok) return refusalPage(reply, 'manage', found.reason);
      // A topic taken out of the taxonomy while chosen: say so, rather than let it vanish from the form unexplained.
      const retired = found.subscriber.topics.filter((t) => !taxonomy.byId.has(t));
      return html(reply, 200, managePage(found.subscriber, token, valuesOf(found.subscriber), { retired }));
    });

    app.post('/manage', { bodyLimit: FORM_BODY_LIMIT }, async (request, reply) => {
      const token = linkToken(request.query);
      const found = await subscriberForToken(ctx, token, 'manage');
      if (!found.ok) return refusalPage(reply, 'manage', found.reason);
      const subscriber = found.subscriber;
      const refused = refuseForm(request, `manage:${subscriber.id}`);
      if (refused) return html(reply, refused.status, page(refused.title, refused.text));
      const body = (request.body ?? {}) as Record<string, unknown>;
      const values = valuesFromBody(body, valuesOf(subscriber));
      if (checkFormToken(ctx, body.form_token, `manage:${subscriber.id}`) === 'expired') {
        return html(reply, 400, managePage(subscriber, token, values, { error: 'the form was open for a long time and has expired. Check it and send it again.' }));
      }
      if (subscriber.status === 'unsubscribed') return html(reply, 200, managePage(subscriber, token, values, {}));
      try {
        const saved = await savePreferences(ctx, subscriber, readPreferences(taxonomy, values, subscriber));
        return html(reply, 200, managePage(saved, token, valuesOf(saved), { notice: 'Saved. Your next digest follows these choices.' }));
      } catch (error) {
        if (error instanceof SubscriberError) return html(reply, 400, managePage(subscriber, token, values, { error: error.message }));
        throw error;
      }
    });

    function managePage(subscriber: Subscriber, token: string, values: FormValues, opts: FormMessage): string {
      if (subscriber.status === 'unsubscribed') {
        return page('You are unsubscribed', `<p>${e(subscriber.email)} gets no more wirebrief mail. Changed your mind? <a href="/">Subscribe again</a>.</p>`);
      }
      const links = {
        action: `/manage?token=${encodeURIComponent(token)}`,
        unsubscribe: signedLink(ctx, subscriber.id, 'unsubscribe'),
        token: formToken(ctx, `manage:${subscriber.id}`),
      };
      return page('Your wirebrief preferences', manageForm(taxonomy, subscriber.email, values, links, opts));
    }

    app.get('/unsubscribe', async (request, reply) => {
      // A GET never unsubscribes: mail scanners follow every link in a message.
      const token = linkToken(request.query);
      const found = await subscriberForUnsubscribe(ctx, token);
      if (!found.ok) return refusalPage(reply, 'unsubscribe', found.reason);
      const s = found.subscriber;
      if (!s || s.status === 'unsubscribed') {
        return html(reply, 200, page('You are unsubscribed', `<p>This address gets no wirebrief mail. <a href="/">Subscribe again</a> any time.</p>`));
      }
      return html(
        reply,
        200,
        page(
          'Unsubscribe',
          `<p>Stop all wirebrief digests to <strong>${e(s.email)}</strong>?</p>
<form method="post" action="/unsubscribe?token=${e(encodeURIComponent(token))}">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<p><button type="submit">Unsubscribe</button></p>
</form>
<p>Or <a href="${e(signedLink(ctx, s.id, 'manage'))}">change topics or schedule</a> instead.</p>`,
        ),
      );
    });

    // RFC 8058 one-click: a mail provider posts `List-Unsubscribe=One-Click`
    // with no cookies, no session, from its own servers. The signed token is
    // the authority, so neither the cross-site check nor the per-IP limit
    // (many users behind one provider) applies.
    app.post('/unsubscribe', { bodyLimit: FORM_BODY_LIMIT, config: { rateLimit: false } }, async (request, reply) => {
      const token = linkToken(request.query);
      if (!isOneClick(request.body)) {
        return html(reply, 400, page('That did not work', '<p>To unsubscribe, open the link from your digest and press the button, or send <code>List-Unsubscribe=One-Click</code>.</p>'));
      }
      const result = await unsubscribeByToken(ctx, token);
      if (!result.ok) return refusalPage(reply, 'unsubscribe', result.reason);
      return html(reply, 200, page('You are unsubscribed', `<p>You will get no more wirebrief digests. Changed your mind? <a href="/">Subscribe again</a>.</p>`));
    });

    function refuseForm(request: FastifyRequest, form: string): Refusal | null {
      if (!FORM_TYPES.includes(mediaType(request))) {
        return { status: 415, title: 'That did not work', text: '<p>This address takes form posts from the page only.</p>' };
      }
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (fromAnotherSite(request, ctx.config.publicUrl) || checkFormToken(ctx, body.form_token, form) === 'invalid') {
        return {
          status: 403,
          title: 'Form not accepted',
          text: `<p>This form did not come from our own page, so nothing was changed. Please use the form at <a href="${e(ctx.config.publicUrl)}/">${e(ctx.config.publicUrl)}/</a>.</p>`,
        };
      }
      return null;
    }
  };
}

function isOneClick(body: unknown): boolean {
  const fields = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : ((body ?? {}) as Record<string, unknown>);
  const value = fields['List-Unsubscribe'];
  return value === 'One-Click' || (Array.isArray(value) && value.includes('One-Click'));
}

function html(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

function refusalPage(reply: FastifyReply, purpose: 'confirm' | 'manage' | 'unsubscribe', reason: TokenRefusal): FastifyReply {
  const r = refusal(purpose, reason);
  return html(reply, r.status, page(r.title, r.text));
}

/**
 * A confirmation link that was used before or is out of date: the page says
 * where the subscriber stands now (a mail scanner may have opened the link
 * first, or they may have left since), not what they might guess.
 */
function confirmRefusal(reason: TokenRefusal, status: SubscriberStatus | undefined): Refusal {
  if (reason !== 'used' && reason !== 'expired') return refusal('confirm', reason);
  const title = reason === 'used' ? 'This link was already used' : 'This link has expired';
  const opened = reason === 'used' ? 'This confirmation link has been opened before' : 'This confirmation link is out of date';
  const said = (text: string): Refusal => ({ status: 410, title, text: `<p>${opened}${text}</p>` });
  if (status === 'active') return said(', and your subscription is active: there is nothing more to do. The link to manage it is in every digest.');
  if (status === 'unsubscribed' || status === 'bouncing') return said(', and the address has since unsubscribed, so nothing was changed. <a href="/">Subscribe again</a> if you like.');
  if (reason === 'used' && status === 'pending') return said(', so nothing was changed. Open the link in the newest confirmation mail we sent you.');
  return refusal('confirm', reason);
}

function refusal(purpose: 'confirm' | 'manage' | 'unsubscribe', reason: TokenRefusal): Refusal {
  const again = '<a href="/">Subscribe again</a>';
  switch (reason) {
    case 'expired':
      return purpose === 'confirm'
        ? { status: 410, title: 'This link has expired', text: `<p>Confirmation links work for a limited time, and this one is out of date. ${again} to get a fresh one.</p>` }
        : { status: 410, title: 'This link has expired', text: '<p>Use the link in your latest digest instead.</p>' };
    case 'used':
      return {
        status: 410,
        title: 'This link was already used',
        text: '<p>Each confirmation link works once, and this one has been opened before, so nothing was changed. If that was you, your subscription is active: the link to manage it is in every digest.</p>',
      };
    case 'unsubscribed':
    case 'bouncing':
      return { status: 410, title: 'This link no longer applies', text: `<p>The address has since unsubscribed, so nothing was changed. ${again} if you like.</p>` };
    case 'unknown-subscriber':
      return { status: 410, title: 'This link no longer applies', text: `<p>We hold no subscription for it any more, so nothing was changed. ${again} if you like.</p>` };
    default:
      return {
        status: 400,
        title: 'This link does not work',
        text: '<p>The link is not valid: it may have been cut short or changed when it was copied. Nothing was changed. Open it again from the mail, whole.</p>',
      };
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} minutes`;
  return `${Math.round(seconds / 3600)} hours`;
}

