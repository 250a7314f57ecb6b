import { z } from 'zod';
import { PROTOTYPE_KEYS_REFUSAL, reachesPrototype } from '../json-keys.js';

/**
 * Bounce and complaint reports as mail providers post them, read into one
 * shape. Four forms: a generic one of our own, Amazon SES (through SNS, or
 * its bare notification), Postmark and SendGrid event webhooks.
 */
export type BounceKind = 'hard' | 'soft' | 'complaint';

export interface BounceReport {
  email: string;
  kind: BounceKind;
  provider: 'generic' | 'ses' | 'postmark' | 'sendgrid';
  detail?: string;
}

export type ParsedPayload =
  | { kind: 'reports'; provider: BounceReport['provider']; reports: BounceReport[]; ignored: number }
  | { kind: 'sns-subscription'; subscribeUrl: string };

export class BouncePayloadError extends Error {
  override name = 'BouncePayloadError';
}

const email = z.string().trim().min(3).max(320);

// Generic: {email, type} — or a list of them, or {events: [...]}.
const genericEvent = z.object({
  email,
  type: z.enum(['bounce', 'hard-bounce', 'hard', 'soft-bounce', 'soft', 'complaint'], {
    error: (issue) => `must be bounce, soft-bounce or complaint (or hard-bounce, hard, soft)${issue.input === undefined ? '' : `, not ${JSON.stringify(issue.input)}`}`,
  }),
  permanent: z.boolean().optional(),
  reason: z.string().max(1000).optional(),
});

const genericEvents = z.array(genericEvent).min(1, 'no events: send at least one').max(1000, 'at most 1000 events in one post');

// Amazon SES notifications (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html).
const sesNotification = z.object({
  notificationType: z.string().optional(),
  eventType: z.string().optional(),
  bounce: z
    .object({
      bounceType: z.string(),
      bounceSubType: z.string().optional(),
      bouncedRecipients: z.array(z.object({ emailAddress: email, diagnosticCode: z.string().optional() })),
    })
    .optional(),
  complaint: z.object({ complainedRecipients: z.array(z.object({ emailAddress: email })) }).optional(),
});
const snsEnvelope = z.object({
  Type: z.enum(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']),
  Message: z.string().optional(),
  SubscribeURL: z.string().optional(),
});

// Postmark bounce and spam complaint webhooks.
const postmarkEvent = z.object({
  RecordType: z.string(),
  Type: z.string().optional(),
  Email: email,
  Inactive: z.boolean().optional(),
  Description: z.string().optional(),
});

// SendGrid event webhook: a list of events.
const sendgridEvent = z.object({
  email,
  event: z.string(),
  type: z.string().optional(),
  reason: z.string().optional(),
});

const POSTMARK_HARD = new Set(['HardBounce', 'BadEmailAddress', 'ManuallyDeactivated', 'SpamNotification']);

/** A webhook body as posted: JSON, given as text (SNS posts text/plain) or already parsed. */
export function readPayloadBody(input: unknown): unknown {
  return typeof input === 'string' ? parseJson(input) : input;
}

/** What Amazon SNS posts around a message: a notification or a subscription (un)confirmation. */
export function isSnsEnvelope(body: unknown): body is Record<string, unknown> & { Type: unknown } {
  return isObject(body) && 'Type' in body && ('Message' in body || 'SubscribeURL' in body);
}

export function parseBouncePayload(input: unknown): ParsedPayload {
  const body = readPayloadBody(input);
  if (isSnsEnvelope(body)) return fromSns(snsEnvelope.parse(body));
  if (isObject(body) && ('notificationType' in body || 'eventType' in body)) return fromSes(sesNotification.parse(body));
  if (isObject(body) && 'RecordType' in body) return fromPostmark(postmarkEvent.parse(body));
  if (Array.isArray(body) && body.length > 0 && body.every((e) => isObject(e) && 'event' in e)) return fromSendgrid(z.array(sendgridEvent).parse(body));
  // Parsed in the shape it came in, so a refusal names the field as it was sent: `type`, `3.type`, `events.3.type`.
  if (isObject(body) && Array.isArray(body.events)) return fromGeneric(z.object({ events: genericEvents }).parse({ events: body.events }).events);
  if (Array.isArray(body)) return fromGeneric(genericEvents.parse(body));
  if (isObject(body) && 'email' in body) return fromGeneric([genericEvent.parse(body)]);
  throw new BouncePayloadError(
    'unrecognised payload: send {"email", "type": "bounce"|"soft-bounce"|"complaint"} (or a list, or {"events": [...]}), an Amazon SES notification (via SNS), or Postmark or SendGrid webhook events',
  );
}

function fromGeneric(events: z.infer<typeof genericEvent>[]): ParsedPayload {
  const reports = events.map((e): BounceReport => {
    const kind: BounceKind = e.type === 'complaint' ? 'complaint' : e.type.startsWith('soft') || e.permanent === false ? 'soft' : 'hard';
    return { email: e.email, kind, provider: 'generic', ...(e.reason ? { detail: e.reason } : {}) };
  });
  return { kind: 'reports', provider: 'generic', reports, ignored: 0 };
}

function fromSns(envelope: z.infer<typeof snsEnvelope>): ParsedPayload {
  if (envelope.Type === 'SubscriptionConfirmation') {
    if (!envelope.SubscribeURL) throw new BouncePayloadError('SNS subscription confirmation without SubscribeURL');
    return { kind: 'sns-subscription', subscribeUrl: envelope.SubscribeURL };
  }
  if (envelope.Type === 'UnsubscribeConfirmation') return { kind: 'reports', provider: 'ses', reports: [], ignored: 1 };
  return fromSes(sesNotification.parse(parseJson(envelope.Message ?? '')));
}

function fromSes(n: z.infer<typeof sesNotification>): ParsedPayload {
  const type = n.notificationType ?? n.eventType;
  if (type === 'Bounce' && n.bounce) {
    // Only a Permanent bounce is about the address; Transient and Undetermined may pass.
    const kind: BounceKind = n.bounce.bounceType === 'Permanent' ? 'hard' : 'soft';
    const reports = n.bounce.bouncedRecipients.map((r) => ({ email: r.emailAddress, kind, provider: 'ses' as const, detail: r.diagnosticCode ?? n.bounce!.bounceSubType }));
    return { kind: 'reports', provider: 'ses', reports, ignored: 0 };
  }
  if (type === 'Complaint' && n.complaint) {
    return { kind: 'reports', provider: 'ses', reports: n.complaint.complainedRecipients.map((r) => ({ email: r.emailAddress, kind: 'complaint', provider: 'ses' })), ignored: 0 };
  }
  // Deliveries, opens and the like are not our business here.
  return { kind: 'reports', provider: 'ses', reports: [], ignored: 1 };
}

function fromPostmark(e: z.infer<typeof postmarkEvent>): ParsedPayload {
  if (e.RecordType === 'SpamComplaint') return { kind: 'reports', provider: 'postmark', reports: [{ email: e.Email, kind: 'complaint', provider: 'postmark' }], ignored: 0 };
  if (e.RecordType !== 'Bounce') return { kind: 'reports', provider: 'postmark', reports: [], ignored: 1 };
  const kind: BounceKind = POSTMARK_HARD.has(e.Type ?? '') || e.Inactive === true ? 'hard' : 'soft';
  return { kind: 'reports', provider: 'postmark', reports: [{ email: e.Email, kind, provider: 'postmark', ...(e.Description ? { detail: e.Description } : {}) }], ignored: 0 };
}

function fromSendgrid(events: z.infer<typeof sendgridEvent>[]): ParsedPayload {
  const reports: BounceReport[] = [];
  let ignored = 0;
  for (const e of events) {
    const detail = e.reason ? { detail: e.reason } : {};
    if (e.event === 'spamreport') reports.push({ email: e.email, kind: 'complaint', provider: 'sendgrid' });
    // type "blocked" is a refusal of this message (content, reputation), not of the address.
    else if (e.event === 'bounce') reports.push({ email: e.email, kind: e.type === 'blocked' ? 'soft' : 'hard', provider: 'sendgrid', ...detail });
    else if (e.event === 'dropped' && /bounced address|invalid/i.test(e.reason ?? '')) reports.push({ email: e.email, kind: 'hard', provider: 'sendgrid', ...detail });
    else if (e.event === 'dropped' && /spam reporting address/i.test(e.reason ?? '')) reports.push({ email: e.email, kind: 'complaint', provider: 'sendgrid', ...detail });
    else if (e.event === 'deferred') reports.push({ email: e.email, kind: 'soft', provider: 'sendgrid', ...detail });
    // processed, delivered, open, click, unsubscribe…: not bounces.
    else ignored++;
  }
  return { kind: 'reports', provider: 'sendgrid', reports, ignored };
}

/** SNS confirms subscriptions through a link; follow only links to Amazon's SNS endpoints. */
export function isSnsSubscribeUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(u.hostname);
  } catch {
    return false;
  }
}

/** SNS posts its JSON as text/plain, past the server's JSON parser, and nests the notification as text: both are checked as it checks. */
function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BouncePayloadError('the body is not JSON');
  }
  if (reachesPrototype(text, value)) throw new BouncePayloadError(PROTOTYPE_KEYS_REFUSAL);
  return value;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
