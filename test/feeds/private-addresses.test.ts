import { describe, expect, it } from 'vitest';
import { guardedLookup, isPrivateAddress, PrivateAddressError } from '../../src/feeds/private-addresses.js';

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
  ];

  it('refuses loopback, private, link-local, carrier-grade NAT and unique-local addresses, IPv4-mapped IPv6 included', () => {
    expect(refused.filter((a) => !isPrivateAddress(a))).toEqual([]);
  });

  it('allows public addresses, the neighbours of every range included', () => {
    expect(allowed.filter((a) => isPrivateAddress(a))).toEqual([]);
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
