import type { RedisOptions } from 'ioredis';

/**
 * REDIS_URL forms:
 *   redis://[:password@]host:port[/db]             plain
 *   rediss://[:password@]host:port[/db]            TLS
 *   sentinel://[:password@]h1:26379,h2:26379/name[?db=N]   Redis Sentinel, master "name"
 * The sentinel form is not a WHATWG URL (several hosts), so it is parsed here.
 */
export function parseRedisUrl(url: string): RedisOptions {
  if (url.startsWith('sentinel://')) return parseSentinel(url);
  const u = new URL(url);
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`unsupported Redis URL scheme ${u.protocol}`);
  const db = u.pathname.replace(/^\//, '');
  return {
    host: u.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
    port: u.port ? Number(u.port) : 6379,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(db ? { db: parseDb(db) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: { servername: u.hostname } } : {}),
  };
}

function parseSentinel(url: string): RedisOptions {
  const match = /^sentinel:\/\/(?:(?:([^:@/]*):)?([^@/]*)@)?([^/?]+)\/([^/?]+)(?:\?(.*))?$/.exec(url);
  if (!match) throw new Error('sentinel URL must look like sentinel://[:password@]host:port,host:port/mastername');
  const [, username, password, hosts, name, query] = match;
  const params = new URLSearchParams(query ?? '');
  const sentinels = hosts!.split(',').map((hostPort) => {
    const [host, port] = hostPort.split(':');
    if (!host) throw new Error(`sentinel host missing in "${hostPort}"`);
    return { host, port: port ? Number(port) : 26379 };
  });
  const db = params.get('db');
  return {
    sentinels,
    name: decodeURIComponent(name!),
    ...(username ? { username: decodeURIComponent(username) } : {}),
    ...(password ? { password: decodeURIComponent(password), sentinelPassword: decodeURIComponent(password) } : {}),
    ...(db ? { db: parseDb(db) } : {}),
  };
}

function parseDb(value: string): number {
  const db = Number(value);
  if (!Number.isInteger(db) || db < 0) throw new Error(`Redis database must be a whole number (got "${value}")`);
  return db;
}

/** Where the URL points, without any password, for logs and error messages. */
export function describeRedisUrl(url: string): string {
  return url.replace(/\/\/[^@/]*@/, '//');
}
