import { createHash, randomBytes } from 'node:crypto';
import type { ChainableCommander } from 'ioredis';
import { key, type Ctx } from '../context.js';

export type SubscriberStatus = 'pending' | 'active' | 'unsubscribed' | 'bouncing';
export const SUBSCRIBER_STATUSES: SubscriberStatus[] = ['pending', 'active', 'unsubscribed', 'bouncing'];

export interface Subscriber {
  id: string;
  email: string;
  topics: string[];
  status: SubscriberStatus;
  frequency: 'daily' | 'weekly';
  /** 1 = Monday … 7 = Sunday, for weekly editions. */
  weekday: number;
  hour: number;
  timezone: string;
  createdAt: number;
  confirmedAt: number | null;
  /** The digest cursor: stories first seen after this go in the next digest. */
  lastDigestAt: number | null;
}

export class SubscriberError extends Error {
  override name = 'SubscriberError';
}

/** The address as stored: domain lower-cased (it is case-insensitive), local part kept. */
export function normaliseEmail(input: string): string {
  const email = input.trim();
  const at = email.lastIndexOf('@');
  if (at < 1 || at === email.length - 1) throw new SubscriberError(`"${input}" is not an email address`);
  return `${email.slice(0, at)}@${email.slice(at + 1).toLowerCase()}`;
}

/** The lookup key: one entry per mailbox however it is cased; a hash so keys never show addresses. */
export function emailKey(email: string): string {
  return createHash('sha256').update(normaliseEmail(email).toLowerCase()).digest('hex');
}

const k = {
  sub: (ctx: Ctx, id: string) => key(ctx, 'sub', id),
  byEmail: (ctx: Ctx) => key(ctx, 'subs', 'by-email'),
  status: (ctx: Ctx, status: SubscriberStatus) => key(ctx, 'subs', 'status', status),
};

export interface NewSubscriber {
  email: string;
  topics: string[];
  frequency?: 'daily' | 'weekly';
  weekday?: number;
  hour?: number;
  timezone?: string;
  confirmed?: boolean;
}

/**
 * Creates the subscriber, or updates the topics and schedule of the one with
 * this address. An unsubscribed address that subscribes again goes back to
 * pending: it must confirm anew.
 */
export async function upsertSubscriber(ctx: Ctx, input: NewSubscriber): Promise<{ subscriber: Subscriber; created: boolean }> {
  const email = normaliseEmail(input.email);
  const existingId = await ctx.redis.hget(k.byEmail(ctx), emailKey(email));
  const existing = existingId ? await getSubscriber(ctx, existingId) : null;
  const now = ctx.now();
  const wantsActive = input.confirmed === true;
  const base: Subscriber = existing ?? {
    id: randomBytes(9).toString('base64url'),
    email,
    topics: [],
    status: 'pending',
    frequency: 'daily',
    weekday: 1,
    hour: 7,
    timezone: ctx.config.editionTimezone,
    createdAt: now,
    confirmedAt: null,
    lastDigestAt: null,
  };
  const status: SubscriberStatus = wantsActive
    ? 'active'
    : base.status === 'active' || base.status === 'bouncing'
      ? base.status
      : 'pending';
  const subscriber: Subscriber = {
    ...base,
    topics: [...new Set(input.topics)],
    frequency: input.frequency ?? base.frequency,
    weekday: input.weekday ?? base.weekday,
    hour: input.hour ?? base.hour,
    timezone: input.timezone ?? base.timezone,
    status,
    confirmedAt: status === 'active' ? (base.confirmedAt ?? now) : base.confirmedAt,
  };
  if (!existing) {
    const claimed = await ctx.redis.hsetnx(k.byEmail(ctx), emailKey(email), subscriber.id);
    if (!claimed) return upsertSubscriber(ctx, input);
  }
  await saveSubscriber(ctx, subscriber, existing?.status);
  return { subscriber, created: !existing };
}

export async function getSubscriber(ctx: Ctx, id: string): Promise<Subscriber | null> {
  const raw = await ctx.redis.hgetall(k.sub(ctx, id));
  return raw.id ? deserialise(raw) : null;
}

export async function findSubscriberByEmail(ctx: Ctx, email: string): Promise<Subscriber | null> {
  const id = await ctx.redis.hget(k.byEmail(ctx), emailKey(email));
  return id ? getSubscriber(ctx, id) : null;
}

export async function setStatus(ctx: Ctx, subscriber: Subscriber, status: SubscriberStatus): Promise<Subscriber> {
  const next = { ...subscriber, status, confirmedAt: status === 'active' ? (subscriber.confirmedAt ?? ctx.now()) : subscriber.confirmedAt };
  await saveSubscriber(ctx, next, subscriber.status);
  return next;
}

/** Moves the digest cursor, inside the caller's transaction when given one. */
export function setDigestCursor(ctx: Ctx, id: string, at: number, tx: ChainableCommander): ChainableCommander {
  return tx.hset(k.sub(ctx, id), 'lastDigestAt', String(at));
}

export async function subscriberIdsWithStatus(ctx: Ctx, status: SubscriberStatus): Promise<string[]> {
  return ctx.redis.smembers(k.status(ctx, status));
}

export async function countByStatus(ctx: Ctx): Promise<Record<SubscriberStatus, number>> {
  const p = ctx.redis.pipeline();
  for (const s of SUBSCRIBER_STATUSES) p.scard(k.status(ctx, s));
  const rows = (await p.exec()) ?? [];
  return Object.fromEntries(SUBSCRIBER_STATUSES.map((s, i) => [s, Number(rows[i]?.[1] ?? 0)])) as Record<SubscriberStatus, number>;
}

async function saveSubscriber(ctx: Ctx, s: Subscriber, previous?: SubscriberStatus): Promise<void> {
  const m = ctx.redis.multi().hset(k.sub(ctx, s.id), serialise(s));
  if (previous && previous !== s.status) m.srem(k.status(ctx, previous), s.id);
  m.sadd(k.status(ctx, s.status), s.id);
  await m.exec();
}

function serialise(s: Subscriber): Record<string, string> {
  return Object.fromEntries(
    Object.entries(s).map(([f, v]) => [f, v === null ? '' : Array.isArray(v) ? JSON.stringify(v) : String(v)]),
  );
}

function deserialise(raw: Record<string, string>): Subscriber {
  return {
    id: raw.id!,
    email: raw.email!,
    topics: JSON.parse(raw.topics ?? '[]') as string[],
    status: raw.status as SubscriberStatus,
    frequency: raw.frequency === 'weekly' ? 'weekly' : 'daily',
    weekday: Number(raw.weekday ?? 1),
    hour: Number(raw.hour ?? 7),
    timezone: raw.timezone || 'UTC',
    createdAt: Number(raw.createdAt),
    confirmedAt: raw.confirmedAt ? Number(raw.confirmedAt) : null,
    lastDigestAt: raw.lastDigestAt ? Number(raw.lastDigestAt) : null,
  };
}
