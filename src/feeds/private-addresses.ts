import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * FEED_PRIVATE_ADDRESSES=deny: feeds are not fetched from the addresses of the machine, its network or its cloud
 * (loopback, RFC 1918, link-local with the 169.254.169.254 metadata service, carrier-grade NAT, unique-local IPv6,
 * and these written as IPv4-mapped IPv6). The check is made on the address a connection is about to be opened to:
 * the name is resolved once, by `guardedLookup` given to the connection itself, so a DNS answer cannot change
 * between the check and the connect, and every redirect hop opens its connections the same way.
 */

const IPV4_RANGES: [string, number][] = [
  ['0.0.0.0', 8], // "this network", 0.0.0.0 reaches the local host
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata (169.254.169.254)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, 255.255.255.255 broadcast
];
const IPV6_RANGES: [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some)
  ['ff00::', 8], // multicast
];

const v4 = new BlockList();
for (const [network, bits] of IPV4_RANGES) v4.addSubnet(network, bits, 'ipv4');
const v6 = new BlockList();
for (const [network, bits] of IPV6_RANGES) v6.addSubnet(network, bits, 'ipv6');

/** Whether an IP address (v4, or v6 in any spelling, IPv4-mapped included) is one FEED_PRIVATE_ADDRESSES=deny refuses; false for what is not an address. */
export function isPrivateAddress(address: string): boolean {
  // A zone (fe80::1%eth0) names an interface, not another address.
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return v4.check(bare, 'ipv4');
  if (family !== 6) return false;
  const mapped = mappedIPv4(bare);
  return mapped ? v4.check(mapped, 'ipv4') : v6.check(bare, 'ipv6');
}

/** The IPv4 address an IPv4-mapped IPv6 address (::ffff:a.b.c.d, in any spelling) stands for, else null. */
function mappedIPv4(address: string): string | null {
  // The URL parser writes every IPv6 address one way: ::ffff:10.1.2.3 and 0:0:0:0:0:ffff:a01:203 both as [::ffff:a01:203].
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const match = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
  if (!match) return null;
  const high = parseInt(match[1]!, 16);
  const low = parseInt(match[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** The words of a refusal, for a name that resolved to a private address or for an address written in the URL. */
export function privateAddressWords(host: string, address: string): string {
  const shown = address.includes(':') ? `[${address.replace(/^\[|\]$/g, '')}]` : address;
  const bare = host.replace(/^\[|\]$/g, '');
  return isIP(bare) ? `${shown} is a private address, which FEED_PRIVATE_ADDRESSES=deny refuses` : `${host} resolves to a private address (${address}), which FEED_PRIVATE_ADDRESSES=deny refuses`;
}

/** A connection refused before it was opened, for the address it would have gone to. */
export class PrivateAddressError extends Error {
  readonly code = 'EPRIVATEADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(privateAddressWords(host, address));
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * dns.lookup for net/tls.connect's `lookup` option: the name resolved, and refused when any of its addresses is
 * private (a name that answers with a public and a private address is refused, not tried on the public one).
 */
export function guardedLookup(hostname: string, options: object, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.find((a) => isPrivateAddress(a.address));
    if (refused) return callback(new PrivateAddressError(hostname, refused.address), []);
    if ((options as { all?: boolean }).all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), []);
    callback(null, first.address, first.family);
  });
}
