import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('subscription settings', () => {
  it('has safe defaults', () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: 'loopback', confirmLinkDays: 7, subscribeLimitPerAddress: 5, subscribeLimitPerIp: 20, publicRateLimit: 120 });
  });

  it('reads TRUST_PROXY as a switch, a hop count or a list of proxies', () => {
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback,10.0.0.0/8');
    expect(loadConfig({ TRUST_PROXY: '192.0.2.7,2001:db8::/32' }).trustProxy).toBe('192.0.2.7,2001:db8::/32');
  });

  it.each([
    ['SUBSCRIBE_LIMIT_PER_ADDRESS', '0', /^SUBSCRIBE_LIMIT_PER_ADDRESS must be a whole number, 1 or more \(got "0"\)$/],
    ['CONFIRM_LINK_DAYS', 'week', /^CONFIRM_LINK_DAYS must be a whole number of days/],
    ['TRUST_PROXY', 'yes please', /^TRUST_PROXY must be true, false, a number of proxy hops/],
    ['TRUST_PROXY', '10.0.0.0/8,proxy.internal', /^TRUST_PROXY must be true, false, a number of proxy hops/],
  ])('refuses %s=%s with one line naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrowError(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrowError(message);
  });
});
