import type { Logger } from './log.js';
import type { Redis } from './redis.js';

/**
 * What wirebrief needs of its Redis, checked once at start-up. None of these
 * stops the service (a managed Redis may hide its settings); each finding is a
 * loud warning naming the fix.
 */
export interface RedisFindings {
  version: string | null;
  maxmemoryPolicy: string | null;
  aof: boolean | null;
  cluster: boolean;
  warnings: string[];
}

/** BullMQ's own floor: older servers lack commands its scripts use. */
const MIN_VERSION = [6, 2, 0];

export async function inspectRedis(redis: Redis, prefix: string): Promise<RedisFindings> {
  const info = parseInfo(await redis.info());
  const version = info.get('redis_version') ?? null;
  const maxmemoryPolicy = (await configValue(redis, 'maxmemory-policy')) ?? info.get('maxmemory_policy') ?? null;
  const aofFlag = info.get('aof_enabled');
  const aof = aofFlag === undefined ? null : aofFlag === '1';
  const cluster = info.get('cluster_enabled') === '1';
  const warnings: string[] = [];
  if (maxmemoryPolicy === null) {
    warnings.push('could not read Redis maxmemory-policy: make sure it is noeviction, or Redis may evict queue keys and lose jobs');
  } else if (maxmemoryPolicy !== 'noeviction') {
    warnings.push(
      `Redis maxmemory-policy is ${maxmemoryPolicy}: BullMQ needs noeviction, or Redis evicts queue keys under memory pressure and jobs are lost. Set \`maxmemory-policy noeviction\` (redis.conf or CONFIG SET).`,
    );
  }
  if (version && older(version, MIN_VERSION)) {
    warnings.push(`Redis ${version} is older than ${MIN_VERSION.join('.')}, the oldest BullMQ supports: upgrade Redis`);
  }
  if (aof === false) {
    warnings.push('Redis append-only file is off: a Redis restart loses jobs and stories written since the last snapshot. Set `appendonly yes` in production.');
  }
  if (cluster && !hasHashTag(prefix)) {
    warnings.push(`Redis runs as a Cluster but WIREBRIEF_PREFIX "${prefix}" has no hash tag: BullMQ's multi-key scripts need every queue key in one slot. Use WIREBRIEF_PREFIX={${prefix}}.`);
  }
  return { version, maxmemoryPolicy, aof, cluster, warnings };
}

export async function checkRedis(redis: Redis, prefix: string, log: Logger): Promise<RedisFindings> {
  const findings = await inspectRedis(redis, prefix);
  for (const warning of findings.warnings) log.warn({ redis: { version: findings.version, maxmemoryPolicy: findings.maxmemoryPolicy } }, `REDIS CHECK: ${warning}`);
  return findings;
}

/**
 * A Redis Cluster hashes only the part of a key inside its first `{…}`; a
 * prefix such as `{wirebrief}` puts every key of the system in one slot, so
 * BullMQ's Lua scripts and our MULTI blocks, which touch several keys, work.
 */
export function hasHashTag(prefix: string): boolean {
  const open = prefix.indexOf('{');
  if (open < 0) return false;
  const close = prefix.indexOf('}', open + 1);
  return close > open + 1;
}

/** `CONFIG GET` is refused by some managed services (ElastiCache): fall back to INFO. */
async function configValue(redis: Redis, name: string): Promise<string | null> {
  try {
    const reply = (await redis.config('GET', name)) as string[];
    return reply[1] ?? null;
  } catch {
    return null;
  }
}

export function parseInfo(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) fields.set(line.slice(0, colon), line.slice(colon + 1).trim());
  }
  return fields;
}

function older(version: string, floor: number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < floor.length; i++) {
    const a = parts[i] ?? 0;
    if (a !== floor[i]) return a < floor[i]!;
  }
  return false;
}
