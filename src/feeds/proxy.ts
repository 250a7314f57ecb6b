import { BlockList, isIP } from 'node:net';
import type { FeedProxy } from '../config.js';

/**
 * Which proxy fetches a feed, as curl chooses: HTTPS_PROXY for https:// feeds, HTTP_PROXY for http://
 * ones, none for a host NO_PROXY lists. NO_PROXY is read as curl reads it (7.86 and later): entries
 * parted by commas or spaces; `*` for every host; a name for itself and its subdomains, a leading
 * dot or `*.` making no difference (`.internal`, `*.internal`); an IP address or a CIDR range
 * (`127.0.0.1`, `10.0.0.0/8`, `::1`, `fd00::/8`) for a feed addressed by IP; and, beyond curl,
 * an optional `:port` (`[::1]:8080` for IPv6). Names are not resolved: `10.0.0.0/8` does not
 * cover a name that happens to resolve into it, as it does not for curl. Undici's own matching
 * (EnvHttpProxyAgent) knows no addresses but exact ones, and took `::1` for no match of `[::1]`.
 */

type Entry = { port: number } & ({ name: string } | { network: BlockList; family: number });

/** The proxy URL a feed at `url` is fetched through, or '' to fetch it directly. */
export function proxyFor(url: string, proxy: FeedProxy | null | undefined): string {
  if (!proxy) return '';
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return '';
  }
  const through = target.protocol === 'https:' ? proxy.https : target.protocol === 'http:' ? proxy.http : '';
  return through && !bypassesProxy(target, proxy.noProxy) ? through : '';
}

const DEFAULT_PORTS: Record<string, number> = { 'http:': 80, 'https:': 443 };

/** Whether NO_PROXY lists the host (and port) of `target`. */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const entries = parsed(noProxy);
  if (entries === 'all') return true;
  const host = target.hostname.replace(/^\[|\]$/g, '').replace(/\.$/, '').toLowerCase();
  const port = Number(target.port) || DEFAULT_PORTS[target.protocol] || 0;
  const family = isIP(host);
  return entries.some((entry) => {
    if (entry.port && entry.port !== port) return false;
    // An IPv6 range holds IPv4 addresses too, for BlockList (as ::ffff:a.b.c.d); for curl, each family its own.
    if ('network' in entry) return family === entry.family && entry.network.check(host, family === 6 ? 'ipv6' : 'ipv4');
    return family === 0 && (host === entry.name || host.endsWith(`.${entry.name}`));
  });
}

const cache = new Map<string, Entry[] | 'all'>();

function parsed(noProxy: string): Entry[] | 'all' {
  let entries = cache.get(noProxy);
  if (!entries) {
    const tokens = noProxy.toLowerCase().split(/[\s,]+/).filter(Boolean);
    entries = tokens.includes('*') ? 'all' : tokens.map(entryOf).filter((e): e is Entry => e !== null);
    cache.set(noProxy, entries);
  }
  return entries;
}

/** One NO_PROXY entry; null for one that names nothing (an empty name, a range no address has). */
function entryOf(token: string): Entry | null {
  const { host, port } = hostAndPort(token);
  const [address, bits] = host.split('/', 2) as [string, string | undefined];
  const family = isIP(address);
  if (family !== 0) {
    const type = family === 6 ? 'ipv6' : 'ipv4';
    const network = new BlockList();
    try {
      if (bits === undefined) network.addAddress(address, type);
      else if (/^\d{1,3}$/.test(bits)) network.addSubnet(address, Number(bits), type);
      else return null;
    } catch {
      // A prefix longer than the address (10.0.0.0/33): curl matches nothing with it, nor do we.
      return null;
    }
    return { network, family, port };
  }
  const name = host.replace(/^\*?\./, '').replace(/\.$/, '');
  return name && !name.includes('/') ? { name, port } : null;
}

/** "host:port", "[v6]:port", "[v6]", or a bare IPv6 address (its colons are no port). */
function hostAndPort(token: string): { host: string; port: number } {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(token);
  if (bracketed) return { host: bracketed[1]!, port: Number(bracketed[2] ?? 0) };
  const withPort = /^([^:]+):(\d+)$/.exec(token);
  return withPort ? { host: withPort[1]!, port: Number(withPort[2]) } : { host: token, port: 0 };
}
