import { isIP } from 'node:net';
import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseRedisUrl } from './redis-url.js';

/**
 * Every setting comes from the environment and is checked here, once, at
 * start-up. A bad value stops the process with one line naming the variable
 * and what it allows, instead of failing later in some worker.
 */

const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

const port = z.coerce
  .number({ error: 'must be an integer from 0 to 65535' })
  .int('must be an integer from 0 to 65535')
  .min(0, 'must be an integer from 0 to 65535')
  .max(65535, 'must be an integer from 0 to 65535');

const positiveInt = (what: string) =>
  z.coerce.number({ error: `must be ${what}` }).int(`must be ${what}`).positive(`must be ${what}`);

const wholeNumber = (what: string, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ error: `must be ${what}` }).int(`must be ${what}`).min(0, `must be ${what}`).max(max, `must be ${what}`);

const url = (schemes: string[]) =>
  z.string().refine((value) => {
    try {
      return schemes.includes(new URL(value).protocol.replace(/:$/, ''));
    } catch {
      return false;
    }
  }, `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`);

const timezone = z.string().refine((tz) => isTimeZone(tz), 'must be an IANA time zone such as Asia/Kolkata or UTC');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test'], { error: 'must be development, production or test' }).default('development'),
  REDIS_URL: z
    .string()
    .refine((value) => {
      try {
        parseRedisUrl(value);
        return true;
      } catch {
        return false;
      }
    }, 'must be redis://host:port, rediss://host:port (TLS) or sentinel://host:port,host:port/mastername')
    .optional(),
  WIREBRIEF_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9_.:{}-]{1,64}$/, 'must be 1-64 characters of letters, digits, _ . : - { }')
    .default('wirebrief'),
  PORT: port.default(8080),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  PUBLIC_URL: url(['http', 'https']).optional(),
  SMTP_URL: url(['smtp', 'smtps']).optional(),
  OUTBOX_DIR: z.string().min(1, 'must not be empty').optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/, 'must be an address, optionally with a name: "Wire desk <desk@example.org>"')
    .default('wirebrief <digest@localhost>'),
  SECRET: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -hex 32`)').optional(),
  // The secrets SECRET replaced: links signed with them still open, new ones are signed with SECRET alone.
  SECRET_PREVIOUS: z
    .string()
    .transform(previousSecrets)
    .refine((secrets) => secrets.length > 0 && secrets.every((s) => s.length >= 32), 'must be one or more secrets of at least 32 characters each, separated by commas')
    .optional(),
  ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./var'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { error: 'must be one of fatal, error, warn, info, debug, trace, silent' }).default('info'),
  LOG_FORMAT: z.enum(['json'], { error: 'must be json, or unset for pretty lines in a terminal and JSON otherwise' }).optional(),
  // A day at most: the ceiling every feed's interval and back-off keep (MAX_INTERVAL_MINUTES).
  FEED_POLL_MINUTES: positiveInt('a whole number of minutes from 1 to 1440 (a day)').max(1440, 'must be a whole number of minutes from 1 to 1440 (a day)').default(10),
  FEED_TIMEOUT_SECONDS: positiveInt('a whole number of seconds, 1 or more').default(30),
  FEED_MAX_MB: positiveInt('a whole number of megabytes, 1 or more').default(5),
  FEED_HOST_CONCURRENCY: positiveInt('a whole number, 1 or more').default(2),
  // `deny`: no feed fetch (nor redirect hop), nor the bounce webhook's SNS fetches, connects to a loopback, private, link-local or metadata address (feeds/private-addresses.ts).
  FEED_PRIVATE_ADDRESSES: z.enum(['allow', 'deny'], { error: 'must be allow or deny' }).default('allow'),
  // The variables every HTTP client reads, in both spellings: feeds are fetched through the proxy they name.
  HTTPS_PROXY: url(['http', 'https']).optional(),
  https_proxy: url(['http', 'https']).optional(),
  HTTP_PROXY: url(['http', 'https']).optional(),
  http_proxy: url(['http', 'https']).optional(),
  NO_PROXY: z.string().optional(),
  no_proxy: z.string().optional(),
  STORY_RETENTION_DAYS: positiveInt('a whole number of days, 1 or more').default(30),
  EDITION_TIMEZONE: timezone.default('UTC'),
  DIGEST_MAX_PER_TOPIC: positiveInt('a whole number, 1 or more').default(5),
  WORKER_CONCURRENCY: positiveInt('a whole number, 1 or more').default(4),
  WORKER_HEAP_GROWTH_PERCENT: wholeNumber('a whole number of percent from 0 to 400 (0: V8\'s own choice)', 400).default(50),
  QUEUE_CONCURRENCY: z
    .string()
    .regex(/^[a-z-]+=[1-9]\d*(,[a-z-]+=[1-9]\d*)*$/, 'must be a comma-separated list of queue=jobs, such as "feed-poll=8,digest-send=2"')
    .optional(),
  SHUTDOWN_GRACE_SECONDS: positiveInt('a whole number of seconds, 1 or more').default(25),
  TRUST_PROXY: z
    .string()
    .refine(isTrustProxy, 'must be true, false, a number of proxy hops, or proxy addresses/CIDRs separated by commas (e.g. loopback,10.0.0.0/8)')
    .default('loopback'),
  CONFIRM_LINK_DAYS: positiveInt('a whole number of days, 1 or more').default(7),
  SUBSCRIBE_LIMIT_PER_ADDRESS: positiveInt('a whole number, 1 or more').default(5),
  SUBSCRIBE_LIMIT_PER_IP: positiveInt('a whole number, 1 or more').default(20),
  PUBLIC_RATE_LIMIT: positiveInt('a whole number, 1 or more').default(120),
  // Digests and sending.
  DIGEST_TICK_MINUTES: positiveInt('a whole number of minutes that divides 60 (1, 5, 10, 15, 30, 60 …)')
    .refine((n) => 60 % n === 0, 'must be a whole number of minutes that divides 60 (1, 5, 10, 15, 30, 60 …)')
    .default(15),
  DIGEST_JITTER_MINUTES: wholeNumber('a whole number of minutes from 0 to 59', 59).default(10),
  DIGEST_CATCH_UP_HOURS: positiveInt('a whole number of hours, 1 or more').default(6),
  DIGEST_LOOKBACK_HOURS: positiveInt('a whole number of hours, 1 or more').default(48),
  DIGEST_WEEKLY_LOOKBACK_DAYS: positiveInt('a whole number of days, 1 or more').default(8),
  DIGEST_NOTHING_NEW: z.enum(['skip', 'send'], { error: 'must be skip or send' }).default('skip'),
  DIGEST_HARD_BOUNCES: positiveInt('a whole number, 1 or more').default(2),
  DIGEST_SEND_RATE: wholeNumber('a whole number of mails per second, 0 for no limit').default(0),
  DIGEST_SEND_CONCURRENCY: positiveInt('a whole number, 1 or more').default(16),
  DIGEST_ATTEMPTS: positiveInt('a whole number, 1 or more').default(12),
  DIGEST_RETRY_SECONDS: positiveInt('a whole number of seconds, 1 or more').default(30),
  DIGEST_LOCK_SECONDS: positiveInt('a whole number of seconds, 2 or more').refine((n) => n >= 2, 'must be a whole number of seconds, 2 or more').default(30),
  SMTP_POOL_SIZE: positiveInt('a whole number, 1 or more').default(5),
  SMTP_MESSAGES_PER_CONNECTION: positiveInt('a whole number, 1 or more').default(100),
  DKIM_DOMAIN: z.string().regex(/^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/, 'must be a domain name such as example.org').optional(),
  DKIM_SELECTOR: z.string().regex(/^[A-Za-z0-9._-]{1,63}$/, 'must be a DNS label such as wb2026').optional(),
  DKIM_PRIVATE_KEY: z.string().optional(),
  BOUNCE_WEBHOOK_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  SNS_VERIFY_SIGNATURES: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
});

/** Every variable the configuration reads, with its default ('' when it has none): the README's table is checked against it. */
export function configVariables(): Record<string, string> {
  return Object.fromEntries(Object.entries(schema.shape).map(([name, rule]) => [name, String(rule.safeParse(undefined).data ?? '')]));
}

export interface Config {
  env: 'development' | 'production' | 'test';
  redisUrl: string;
  /** True when REDIS_URL was not set: only then may we start a private redis-server. */
  redisUrlIsDefault: boolean;
  prefix: string;
  port: number;
  host: string;
  publicUrl: string;
  smtpUrl: string | undefined;
  outboxDir: string;
  mailFrom: string;
  secret: string | undefined;
  /** SECRET_PREVIOUS: links signed with these still verify after a rotation; nothing new is signed with them. */
  previousSecrets: string[];
  adminToken: string | undefined;
  dataDir: string;
  logLevel: string;
  /** `json`: JSON lines even in a terminal; unset: pretty in a terminal, JSON otherwise. */
  logFormat: 'json' | undefined;
  feedPollMinutes: number;
  feedTimeoutSeconds: number;
  feedMaxBytes: number;
  feedHostConcurrency: number;
  /** HTTP(S)_PROXY and NO_PROXY, for fetching feeds; null when neither proxy is set. */
  feedProxy: FeedProxy | null;
  /** `deny`: feeds are not fetched from private, loopback or link-local addresses, checked as each connection is opened. */
  feedPrivateAddresses: 'allow' | 'deny';
  storyRetentionDays: number;
  editionTimezone: string;
  digestMaxPerTopic: number;
  workerConcurrency: number;
  /** V8's heap growing factor in worker processes, as percent over the live heap (0: V8 decides). */
  workerHeapGrowthPercent: number;
  /** Per-queue overrides of workerConcurrency (QUEUE_CONCURRENCY); names are checked when workers start. */
  queueConcurrency: Record<string, number>;
  shutdownGraceSeconds: number;
  /** Whose X-Forwarded-For to believe: fastify's trustProxy. */
  trustProxy: boolean | number | string;
  confirmLinkDays: number;
  /** Subscription requests per address per day (any IP). */
  subscribeLimitPerAddress: number;
  /** Subscription requests per IP per hour. */
  subscribeLimitPerIp: number;
  /** Requests per IP per minute to the public pages. */
  publicRateLimit: number;
  digests: DigestSettings;
  smtpPool: { maxConnections: number; maxMessages: number };
  dkim: DkimSettings | null;
  bounceWebhookToken: string | undefined;
  /** Amazon SNS posts to the bounce webhook must carry a valid SNS signature. */
  snsVerifySignatures: boolean;
}

export interface FeedProxy {
  /** Proxy for http:// feeds, or '' for none. */
  http: string;
  /** Proxy for https:// feeds, or '' for none. */
  https: string;
  /** Hosts fetched directly: NO_PROXY's names (with their subdomains), IP addresses, CIDR ranges, optional ports and `*`, as curl reads them (see feeds/proxy.ts). */
  noProxy: string;
}

export interface DigestSettings {
  /** The edition clock ticks every so many minutes, on the hour and its divisions. */
  tickMinutes: number;
  /** Scheduled sends start up to this many minutes after their slot, never all on the hour. */
  jitterMinutes: number;
  /** A slot missed (service down) is still sent this many hours after its local hour. */
  catchUpHours: number;
  lookbackHours: number;
  weeklyLookbackDays: number;
  /** `skip`: no mail when nothing is new (the cursor still moves); `send`: a short "nothing new" mail. */
  nothingNew: 'skip' | 'send';
  /** Hard (5xx) refusals of an address before its subscriber is marked bouncing. */
  hardBounces: number;
  /** Mails per second over all workers; 0 = no limit. */
  sendRate: number;
  /** Digests one worker process composes and sends at once (SMTP waits, mostly). */
  sendConcurrency: number;
  attempts: number;
  retrySeconds: number;
  lockSeconds: number;
}

export interface DkimSettings {
  domainName: string;
  keySelector: string;
  privateKey: string;
}

/** Their values never go into an error: a start-up error lands in logs, and a wrong SECRET_PREVIOUS still holds real secrets. */
const SECRET_VARIABLES = new Set(['SECRET', 'SECRET_PREVIOUS', 'ADMIN_TOKEN', 'BOUNCE_WEBHOOK_TOKEN', 'DKIM_PRIVATE_KEY']);

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(blankToUndefined(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    const got = env[variable];
    const echoed = got === undefined || SECRET_VARIABLES.has(variable) ? '' : ` (got ${JSON.stringify(got)})`;
    throw new ConfigError(`${variable} ${issue.message}${echoed}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && !e.SECRET) {
    throw new ConfigError('SECRET must be set in production (at least 32 characters, e.g. `openssl rand -hex 32`)');
  }
  return {
    env: e.NODE_ENV,
    redisUrl: e.REDIS_URL ?? DEFAULT_REDIS_URL,
    redisUrlIsDefault: e.REDIS_URL === undefined,
    prefix: e.WIREBRIEF_PREFIX,
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    smtpUrl: e.SMTP_URL,
    outboxDir: e.OUTBOX_DIR ?? `${e.DATA_DIR.replace(/\/+$/, '')}/outbox`,
    mailFrom: e.MAIL_FROM,
    secret: e.SECRET,
    previousSecrets: e.SECRET_PREVIOUS ?? [],
    adminToken: e.ADMIN_TOKEN,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
    feedPollMinutes: e.FEED_POLL_MINUTES,
    feedTimeoutSeconds: e.FEED_TIMEOUT_SECONDS,
    feedMaxBytes: e.FEED_MAX_MB * 1024 * 1024,
    feedHostConcurrency: e.FEED_HOST_CONCURRENCY,
    feedProxy: readFeedProxy(e),
    feedPrivateAddresses: e.FEED_PRIVATE_ADDRESSES,
    storyRetentionDays: e.STORY_RETENTION_DAYS,
    editionTimezone: e.EDITION_TIMEZONE,
    digestMaxPerTopic: e.DIGEST_MAX_PER_TOPIC,
    workerConcurrency: e.WORKER_CONCURRENCY,
    workerHeapGrowthPercent: e.WORKER_HEAP_GROWTH_PERCENT,
    queueConcurrency: Object.fromEntries((e.QUEUE_CONCURRENCY?.split(',') ?? []).map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])])),
    shutdownGraceSeconds: e.SHUTDOWN_GRACE_SECONDS,
    trustProxy: readTrustProxy(e.TRUST_PROXY),
    confirmLinkDays: e.CONFIRM_LINK_DAYS,
    subscribeLimitPerAddress: e.SUBSCRIBE_LIMIT_PER_ADDRESS,
    subscribeLimitPerIp: e.SUBSCRIBE_LIMIT_PER_IP,
    publicRateLimit: e.PUBLIC_RATE_LIMIT,
    digests: {
      tickMinutes: e.DIGEST_TICK_MINUTES,
      jitterMinutes: e.DIGEST_JITTER_MINUTES,
      catchUpHours: e.DIGEST_CATCH_UP_HOURS,
      lookbackHours: e.DIGEST_LOOKBACK_HOURS,
      weeklyLookbackDays: e.DIGEST_WEEKLY_LOOKBACK_DAYS,
      nothingNew: e.DIGEST_NOTHING_NEW,
      hardBounces: e.DIGEST_HARD_BOUNCES,
      sendRate: e.DIGEST_SEND_RATE,
      sendConcurrency: e.DIGEST_SEND_CONCURRENCY,
      attempts: e.DIGEST_ATTEMPTS,
      retrySeconds: e.DIGEST_RETRY_SECONDS,
      lockSeconds: e.DIGEST_LOCK_SECONDS,
    },
    smtpPool: { maxConnections: e.SMTP_POOL_SIZE, maxMessages: e.SMTP_MESSAGES_PER_CONNECTION },
    dkim: dkimSettings(e.DKIM_DOMAIN, e.DKIM_SELECTOR, e.DKIM_PRIVATE_KEY),
    bounceWebhookToken: e.BOUNCE_WEBHOOK_TOKEN,
    snsVerifySignatures: e.SNS_VERIFY_SIGNATURES === 'true',
  };
}

/** SECRET_PREVIOUS's list: comma-separated, blanks around the commas ignored (a secret holding a comma cannot be listed). */
function previousSecrets(value: string): string[] {
  return value.split(/\s*,\s*/).filter((part) => part !== '');
}

/** fastify's trustProxy: a switch, a hop count, or proxy-addr's names, addresses and CIDRs. */
function isTrustProxy(value: string): boolean {
  if (/^(true|false|\d+)$/.test(value)) return true;
  return value.split(',').every((part) => {
    const [address, bits, extra] = part.trim().split('/');
    if (extra !== undefined || !address) return false;
    if (bits === undefined && ['loopback', 'linklocal', 'uniquelocal'].includes(address)) return true;
    return isIP(address) !== 0 && (bits === undefined || /^\d{1,3}$/.test(bits));
  });
}

function readTrustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value.replace(/\s+/g, '');
}

/**
 * DKIM is all or nothing. The key may be given inline (PEM, `\n` escapes
 * allowed, as env files need) or as the path of a PEM file. Errors never
 * repeat the value: it is a secret.
 */
function dkimSettings(domain: string | undefined, selector: string | undefined, key: string | undefined): DkimSettings | null {
  const given = [domain, selector, key].filter((v) => v !== undefined).length;
  if (given === 0) return null;
  if (given < 3) throw new ConfigError('DKIM_DOMAIN, DKIM_SELECTOR and DKIM_PRIVATE_KEY must be set together (or none of them)');
  let pem = key!.replace(/\\n/g, '\n');
  if (!pem.includes('-----BEGIN')) {
    try {
      pem = readFileSync(pem, 'utf8');
    } catch {
      throw new ConfigError('DKIM_PRIVATE_KEY must be a PEM private key or the path of a readable file holding one');
    }
  }
  try {
    createPrivateKey(pem);
  } catch {
    throw new ConfigError('DKIM_PRIVATE_KEY is not a usable PEM private key');
  }
  return { domainName: domain!.toLowerCase(), keySelector: selector!, privateKey: pem };
}

/** An empty variable (`PORT=`) means "not set", as in most twelve-factor apps. */
function blankToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const key of Object.keys(schema.shape)) {
    const value = env[key];
    out[key] = value === undefined || value.trim() === '' ? undefined : value.trim();
  }
  return out;
}

export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/**
 * In development SECRET and ADMIN_TOKEN may be left unset: they are generated
 * once and kept under DATA_DIR so links in mails already sent stay valid
 * across restarts. In production SECRET is required (checked above) and an
 * unset ADMIN_TOKEN leaves the admin API closed.
 */
export async function withLocalSecrets(config: Config): Promise<Config & { secret: string }> {
  const { link, mkdir, readFile, rename, unlink, writeFile } = await import('node:fs/promises');
  const { randomBytes } = await import('node:crypto');
  const { join } = await import('node:path');
  const read = async (file: string): Promise<string | null> => {
    try {
      const value = (await readFile(file, 'utf8')).trim();
      return value.length >= 32 ? value : null;
    } catch {
      return null;
    }
  };
  // An api and a worker started at once must keep the same value: the first to
  // link its complete file in place wins, and the others read that one.
  const kept = async (file: string): Promise<string> => {
    const found = await read(file);
    if (found) return found;
    await mkdir(config.dataDir, { recursive: true });
    const value = randomBytes(32).toString('hex');
    const draft = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
    await writeFile(draft, `${value}\n`, { mode: 0o600 });
    try {
      await link(draft, file);
      return value;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const theirs = await read(file);
      if (theirs) return theirs;
      await rename(draft, file); // an unusable file (empty, too short) is replaced, as before
      return value;
    } finally {
      await unlink(draft).catch(() => undefined);
    }
  };
  const secret = config.secret ?? (await kept(join(config.dataDir, 'secret')));
  const adminToken = config.adminToken ?? (config.env === 'production' ? undefined : await kept(adminTokenFile(config)));
  return { ...config, secret, adminToken };
}

/** Where `withLocalSecrets` keeps a generated ADMIN_TOKEN (the start line names it). */
export function adminTokenFile(config: Pick<Config, 'dataDir'>): string {
  return `${config.dataDir.replace(/\/+$/, '')}/admin-token`;
}

function readFeedProxy(e: { HTTPS_PROXY?: string; https_proxy?: string; HTTP_PROXY?: string; http_proxy?: string; NO_PROXY?: string; no_proxy?: string }): FeedProxy | null {
  // As curl reads them: the lower-case name first (HTTP_PROXY in upper case could be set by a CGI request's Proxy header).
  const http = e.http_proxy ?? e.HTTP_PROXY ?? '';
  const https = e.https_proxy ?? e.HTTPS_PROXY ?? '';
  if (!http && !https) return null;
  return { http, https, noProxy: e.no_proxy ?? e.NO_PROXY ?? '' };
}
