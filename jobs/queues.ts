import { Queue, type ConnectionOptions, type DefaultJobOptions, type RedisOptions } from 'bullmq';
import type { Config } from '../src/config.js';
import { parseRedisUrl } from '../src/redis-url.js';
import type { Preferences } from '../src/subscribers/preferences.js';
import type { SubscriberSource } from '../src/subscribers/store.js';

/** Every queue of the system. */
export const QUEUES = {
  /** Poll one feed: fetch, parse, clean, classify, store. */
  feedPoll: 'feed-poll',
  /** One tick of the digest clock: fan out a send job per subscriber whose edition is due. */
  digestEdition: 'digest-edition',
  /** Compose and send one subscriber's digest of one edition. */
  digestSend: 'digest-send',
  /** Transactional mail: subscription confirmations. */
  mail: 'mail',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export interface FeedPollJob {
  feedId: string;
  /** Poll even if the feed is backing off or not due (an operator's "poll now"); scheduled ticks leave it unset. */
  force?: boolean;
}
export interface DigestEditionJob {
  /**
   * `schedule`: a tick of the edition clock (subscribers whose local time has
   * come); `manual`: a run by hand (every active subscriber's current edition).
   */
  reason: 'schedule' | 'manual';
  /** The time the tick stands for; a scheduled tick takes its own scheduled time when unset. */
  at?: number;
}
export interface DigestSendJob {
  subscriberId: string;
  edition: string;
  editionLabel: string;
}
export interface ConfirmationJob {
  kind: 'confirmation';
  subscriberId: string;
}
/**
 * A subscription request from the public site, as the API accepted it
 * (address normalised, choices checked against the taxonomy). The API answers
 * before anything depends on the address's state; the worker decides what
 * the request means (new, pending, active, unsubscribed) and mails at most once.
 */
export interface SubscriptionRequestJob {
  kind: 'subscription-request';
  email: string;
  preferences: Preferences;
  source: SubscriberSource;
}
export type MailJob = ConfirmationJob | SubscriptionRequestJob;

export interface Queues {
  feedPoll: Queue<FeedPollJob>;
  digestEdition: Queue<DigestEditionJob>;
  digestSend: Queue<DigestSendJob>;
  mail: Queue<MailJob>;
  all: Queue[];
  close(): Promise<void>;
}

/**
 * Completed jobs and event streams are capped so Redis memory stays flat over
 * weeks; failed jobs are kept longer, for operators to inspect and retry.
 */
export const DEFAULT_JOB_OPTIONS: DefaultJobOptions = {
  removeOnComplete: { age: 24 * 3600, count: 1000 },
  removeOnFail: { age: 14 * 24 * 3600, count: 5000 },
};

export function bullConnection(config: Pick<Config, 'redisUrl'>, kind: 'worker' | 'client'): ConnectionOptions {
  const options: RedisOptions = {
    ...(parseRedisUrl(config.redisUrl) as RedisOptions),
    // Workers must wait out a Redis restart; producers should fail fast and say so.
    maxRetriesPerRequest: kind === 'worker' ? null : 3,
    enableOfflineQueue: kind === 'worker',
  };
  return options;
}

export function createQueues(config: Pick<Config, 'redisUrl' | 'prefix'> & Partial<Pick<Config, 'digests'>>): Queues {
  const opts = {
    connection: bullConnection(config, 'client'),
    prefix: config.prefix,
    streams: { events: { maxLen: 1000 } },
  };
  const feedPoll = new Queue<FeedPollJob>(QUEUES.feedPoll, {
    ...opts,
    defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, attempts: 1 },
  });
  const digestEdition = new Queue<DigestEditionJob>(QUEUES.digestEdition, {
    ...opts,
    defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, attempts: 5, backoff: { type: 'exponential', delay: 10_000 } },
  });
  // SMTP 4xx and connection errors retry with exponential back-off, by default
  // for about 17 hours (12 attempts: 11 waits from 30 s, doubling): an edition is finished
  // only when every digest was accepted or failed for good.
  const digestSend = new Queue<DigestSendJob>(QUEUES.digestSend, {
    ...opts,
    defaultJobOptions: {
      ...DEFAULT_JOB_OPTIONS,
      attempts: config.digests?.attempts ?? 12,
      backoff: { type: 'exponential', delay: (config.digests?.retrySeconds ?? 30) * 1000 },
    },
  });
  const mail = new Queue<MailJob>(QUEUES.mail, {
    ...opts,
    defaultJobOptions: { ...DEFAULT_JOB_OPTIONS, attempts: 10, backoff: { type: 'exponential', delay: 15_000 } },
  });
  const all = [feedPoll, digestEdition, digestSend, mail] as Queue[];
  return {
    feedPoll,
    digestEdition,
    digestSend,
    mail,
    all,
    close: async () => {
      await Promise.all(all.map((q) => q.close()));
    },
  };
}
