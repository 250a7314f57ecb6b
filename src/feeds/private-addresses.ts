import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP } from 'node:net';

/**
 * FEED_PRIVATE_ADDRESSES=deny: feeds are not fetched from the addresses of the machine, its network or its cloud
 * (loopback, RFC 1918, link-local with the 169.254.169.254 metadata service, carrier-grade NAT, unique-local IPv6,
 * and these carried inside an IPv6 address: IPv4-mapped, IPv4-translated, NAT64, 6to4 and Teredo; IPv4-compatible
 * ::/96 is refused whole). The check is made on the address a connection is about to be opened to:
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
  ['::', 96], // unspecified, loopback ::1 and the deprecated IPv4-compatible ::a.b.c.d (routed by Linux's sit0 where it is up)
  ['fc00::', 7], // unique-local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated, still routed by some)
  ['ff00::', 8], // multicast
];

const v4 = new BlockList();
for (const [network, bits] of IPV4_RANGES) v4.addSubnet(network, bits, 'ipv4');
const v6 = new BlockList();
for (const [network, bits] of IPV6_RANGES) v6.addSubnet(network, bits, 'ipv6');

/** Whether an IP address (v4, or v6 in any spelling, an IPv4 address carried inside it included) is one FEED_PRIVATE_ADDRESSES=deny refuses; false for what is not an address. */
export function isPrivateAddress(address: string): boolean {
  return refusal(address) !== null;
}

/** Why FEED_PRIVATE_ADDRESSES=deny refuses an address: '' for one private in itself, the IPv4 form it carries (`NAT64 form of 10.0.0.1`) otherwise; null when it does not. */
function refusal(address: string): string | null {
  // A zone (fe80::1%eth0) names an interface, not another address.
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return v4.check(bare, 'ipv4') ? '' : null;
  if (family !== 6) return null;
  if (v6.check(bare, 'ipv6')) return '';
  const carried = carriedIPv4(bare).find(([, ipv4]) => v4.check(ipv4, 'ipv4'));
  return carried ? `${carried[0]} form of ${carried[1]}` : null;
}

/**
 * The IPv4 addresses an IPv6 address carries, each with the name of the form, for the forms a connection can reach
 * them through: IPv4-mapped ::ffff:0:0/96 and IPv4-translated ::ffff:0:0:0/96 (the host's own IPv4 stack or a SIIT
 * translator), NAT64 64:ff9b::/96 and the local-use 64:ff9b:1::/48 (read as the /96 layout DNS64 writes: the last 32
 * bits), 6to4 2002::/16 (bits 16-47), Teredo 2001:0::/32 (its server, bits 32-63, and its client, the last 32 bits
 * inverted). Network-specific NAT64 prefixes an operator chooses cannot be told from any other address.
 */
function carriedIPv4(address: string): [string, string][] {
  const h = hextets(address);
  const ipv4 = (high: number, low: number) => [high >> 8, high & 255, low >> 8, low & 255].join('.');
  const zeros = (from: number, to: number) => h.slice(from, to).every((x) => x === 0);
  const forms: [string, string][] = [];
  if (zeros(0, 5) && h[5] === 0xffff) forms.push(['IPv4-mapped', ipv4(h[6]!, h[7]!)]);
  if (zeros(0, 4) && h[4] === 0xffff && h[5] === 0) forms.push(['IPv4-translated', ipv4(h[6]!, h[7]!)]);
  if (h[0] === 0x64 && h[1] === 0xff9b && (zeros(2, 6) || h[2] === 1)) forms.push(['NAT64', ipv4(h[6]!, h[7]!)]);
  if (h[0] === 0x2002) forms.push(['6to4', ipv4(h[1]!, h[2]!)]);
  if (h[0] === 0x2001 && h[1] === 0) forms.push(['Teredo server', ipv4(h[2]!, h[3]!)], ['Teredo client', ipv4(h[6]! ^ 0xffff, h[7]! ^ 0xffff)]);
  return forms;
}

/** The eight 16-bit groups of an IPv6 address, in any spelling (::ffff:10.1.2.3, 0:0:0:0:0:ffff:a01:203 …). */
function hextets(address: string): number[] {
  // The URL parser writes every IPv6 address one way: groups in hex, the longest run of zeros as ::.
  const canonical = new URL(`http://[${address}]/`).hostname.slice(1, -1);
  const [head, tail] = canonical.split('::') as [string, string | undefined];
  const groups = (part: string | undefined) => (part ? part.split(':').map((x) => parseInt(x, 16)) : []);
  const before = groups(head);
  const after = groups(tail);
  return tail === undefined ? before : [...before, ...Array<number>(8 - before.length - after.length).fill(0), ...after];
}

/** The words of a refusal, for a name that resolved to a private address or for an address written in the URL. */
export function privateAddressWords(host: string, address: string): string {
  const shown = address.includes(':') ? `[${address.replace(/^\[|\]$/g, '')}]` : address;
  const bare = host.replace(/^\[|\]$/g, '');
  const form = refusal(address);
  if (isIP(bare)) return `${shown} is a private address${form ? ` (the ${form})` : ''}, which FEED_PRIVATE_ADDRESSES=deny refuses`;
  return `${host} resolves to a private address (${address}${form ? `, the ${form}` : ''}), which FEED_PRIVATE_ADDRESSES=deny refuses`;
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
