import { describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress, PrivateAddressError, privateAddressWords } from '../../src/feeds/private-addresses.js';

/** FEED_PRIVATE_ADDRESSES=deny's classifier, as a pure function over addresses in the spellings a URL or a DNS answer gives. */
describe('isPrivateAddress', () => {
  const refused = [
    '169.254.169.254', // cloud metadata
    '169.254.0.1',
    '10.0.0.1',
    '10.255.255.255',
    '172.16.0.1',
    '172.31.255.254',
    '192.168.1.1',
    '127.0.0.1',
    '127.1.2.3',
    '100.64.0.1',
    '100.127.255.255',
    '0.0.0.0',
    '::1',
    '[::1]',
    '0:0:0:0:0:0:0:1',
    '::',
    'fc00::1',
    'fd12:3456:789a::1',
    'fe80::1',
    'fe80::1%eth0',
    'febf::1',
    '::ffff:127.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:a01:203', // 10.1.2.3
    '0:0:0:0:0:ffff:c0a8:0101', // 192.168.1.1
    '[::ffff:10.1.2.3]',
    // IPv4-compatible (deprecated ::/96, refused whole)
    '::127.0.0.1',
    '::7f00:1',
    '::8.8.8.8',
    // IPv4-translated (SIIT)
    '::ffff:0:10.0.0.1',
    // NAT64, well-known and local-use prefixes
    '64:ff9b::127.0.0.1',
    '64:ff9b::a9fe:a9fe', // 169.254.169.254
    '64:ff9b:0:0:0:0:c0a8:101', // 192.168.1.1
    '64:ff9b:1::10.0.0.1',
    // 6to4: the IPv4 address in bits 16-47
    '2002:7f00:1::',
    '2002:a00:1:1::1', // 10.0.0.1
    '2002:a9fe:a9fe::', // 169.254.169.254
    // Teredo: the client's address inverted in the last 32 bits, or the server's in bits 32-63
    '2001:0:4136:e378:8000:63bf:80ff:fffe', // client 127.0.0.1
    '2001::f5ff:fffe', // client 10.0.0.1
    '2001:0:a00:1::1', // server 10.0.0.1
  ];
  const allowed = [
    '8.8.8.8',
    '1.1.1.1',
    '172.15.255.255',
    '172.32.0.1',
    '100.63.255.255',
    '100.128.0.1',
    '169.253.255.255',
    '192.169.0.1',
    '11.0.0.1',
    '2001:4860:4860::8888',
    '2606:4700::1111',
    'fbff::1',
    'fe00::1', // below link-local
    '::ffff:8.8.8.8',
    '::ffff:808:808', // 8.8.8.8
    '::ffff:0:8.8.8.8',
    '64:ff9b::8.8.8.8', // NAT64 of a public address: what DNS64 answers for every IPv4-only feed
    '64:ff9b:1::808:808',
    '64:ff9b::1:a00:1', // outside 64:ff9b::/96
    '2002:808:808::1',
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo, client 192.0.2.45 (RFC 4380's example)
    '2001:1::a00:1', // outside Teredo's 2001::/32
    '::1:0:0:1', // outside ::/96
  ];

  it('refuses loopback, private, link-local, carrier-grade NAT and unique-local addresses, and IPv4 ones carried in IPv6 (mapped, translated, compatible, NAT64, 6to4, Teredo)', () => {
    expect(refused.filter((a) => !isPrivateAddress(a))).toEqual([]);
  });

  it('allows public addresses, the neighbours of every range included', () => {
    expect(allowed.filter((a) => isPrivateAddress(a))).toEqual([]);
  });

  it('says which IPv4 address a refused IPv6 address carries, and in which form', () => {
    expect(
      ['::ffff:a9fe:a9fe', '::ffff:0:10.0.0.1', '64:ff9b::7f00:1', '64:ff9b:1::a9fe:a9fe', '2002:c0a8:101::', '2001:0:4136:e378:8000:63bf:80ff:fffe', '2001:0:a00:1::'].map((a) =>
        privateAddressWords(a, a).replace(/, which FEED_PRIVATE_ADDRESSES=deny refuses$/, ''),
      ),
    ).toEqual([
      '[::ffff:a9fe:a9fe] is a private address (the IPv4-mapped form of 169.254.169.254)',
      '[::ffff:0:10.0.0.1] is a private address (the IPv4-translated form of 10.0.0.1)',
      '[64:ff9b::7f00:1] is a private address (the NAT64 form of 127.0.0.1)',
      '[64:ff9b:1::a9fe:a9fe] is a private address (the NAT64 form of 169.254.169.254)',
      '[2002:c0a8:101::] is a private address (the 6to4 form of 192.168.1.1)',
      '[2001:0:4136:e378:8000:63bf:80ff:fffe] is a private address (the Teredo client form of 127.0.0.1)',
      '[2001:0:a00:1::] is a private address (the Teredo server form of 10.0.0.1)',
    ]);
    expect(privateAddressWords('wire.example', '2002:a00:1::')).toBe('wire.example resolves to a private address (2002:a00:1::, the 6to4 form of 10.0.0.1), which FEED_PRIVATE_ADDRESSES=deny refuses');
    expect(privateAddressWords('[::1]', '::1')).toBe('[::1] is a private address, which FEED_PRIVATE_ADDRESSES=deny refuses');
  });

  it('takes no name for an address (names are checked once resolved)', () => {
    expect(['localhost', 'metadata.google.internal', '10.0.0.1.nip.io', ''].filter((a) => isPrivateAddress(a))).toEqual([]);
  });
});

describe('guardedLookup', () => {
  const lookup = (host: string, all: boolean) =>
    new Promise<{ error: Error | null; address: unknown }>((resolve) => guardedLookup(host, { all }, (error, address) => resolve({ error, address })));

  it('refuses a name that resolves to loopback, with the name and the address in words', async () => {
    for (const all of [true, false]) {
      const { error } = await lookup('localhost', all);
      expect(error).toBeInstanceOf(PrivateAddressError);
      expect(error!.message).toMatch(/^localhost resolves to a private address \((127\.0\.0\.1|::1)\), which FEED_PRIVATE_ADDRESSES=deny refuses$/);
    }
  });

  it('passes a lookup failure on as it is', async () => {
    const { error } = await lookup('no-such-host.invalid', false);
    expect(error).not.toBeInstanceOf(PrivateAddressError);
    expect((error as NodeJS.ErrnoException).code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });
});
