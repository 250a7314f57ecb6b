import { generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dkimVerify } from 'mailauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { activeSubscriber, digestsTo, seedStory, startDigestRig, type DigestRig } from '../helpers/digests.js';
import { tempDir } from '../helpers/redis.js';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const PEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const TXT = `v=DKIM1; k=rsa; p=${publicKey.export({ type: 'spki', format: 'der' }).toString('base64')}`;

/** DNS as the receiving server would see it: the selector's TXT record, and nothing else. */
const resolver = async (name: string, type: string): Promise<string[][]> => {
  if (type === 'TXT' && name === 'wb2026._domainkey.wirebrief.test') return [[TXT]];
  throw Object.assign(new Error(`no ${type} record for ${name}`), { code: 'ENOTFOUND' });
};

describe('DKIM signing', () => {
  let rig: DigestRig;

  beforeAll(async () => {
    rig = await startDigestRig('mail-dkim', { DKIM_DOMAIN: 'wirebrief.test', DKIM_SELECTOR: 'wb2026', DKIM_PRIVATE_KEY: PEM.replace(/\n/g, '\\n') });
    rig.clock.t = Date.parse('2026-02-27T06:00:00Z');
    await activeSubscriber(rig.ctx, { email: 'signed@example.org', topics: ['defence'], timezone: 'UTC' });
    await seedStory(rig.ctx, { title: 'India and Italy deepen defence cooperation', topics: ['defence'], seenAt: Date.parse('2026-02-27T05:00:00Z') });
    await rig.tick(Date.parse('2026-02-27T07:00:00Z'));
  });
  afterAll(async () => rig?.close());

  it('signs digests so that a DKIM verifier passes them, covering both unsubscribe headers', async () => {
    const [mail] = digestsTo(rig.smtp, 'signed@example.org');
    expect(mail).toBeDefined();
    const { results } = await dkimVerify(Buffer.from(mail!.raw), { resolver });
    expect(results).toHaveLength(1);
    const [result] = results;
    expect(result!.status.result).toBe('pass');
    expect(result!.signingDomain).toBe('wirebrief.test');
    expect(result!.selector).toBe('wb2026');
    // The h= tag of the signature lists the headers it covers.
    const headers = mail!.raw.split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
    const h = /^DKIM-Signature:.*?\bh=([^;]+)/im.exec(headers)?.[1] ?? '';
    const signed = h.toLowerCase().replace(/\s+/g, '').split(':');
    expect(signed).toEqual(expect.arrayContaining(['from', 'subject', 'message-id', 'list-unsubscribe', 'list-unsubscribe-post']));
  });

  it('marks digests as automatic mail (RFC 3834 Auto-Submitted), without the non-standard Precedence', () => {
    const [mail] = digestsTo(rig.smtp, 'signed@example.org');
    const headers = mail!.raw.split('\r\n\r\n')[0]!;
    expect(headers).toMatch(/^Auto-Submitted: auto-generated$/m);
    expect(headers).not.toMatch(/^Precedence:/im);
  });

  it('fails verification when a signed unsubscribe header is changed on the way', async () => {
    const [mail] = digestsTo(rig.smtp, 'signed@example.org');
    const tampered = mail!.raw.replace(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click/m, 'List-Unsubscribe-Post: nothing');
    expect(tampered).not.toBe(mail!.raw);
    const { results } = await dkimVerify(Buffer.from(tampered), { resolver });
    expect(results[0]!.status.result).toBe('fail');
  });

  it('takes the key from a file, and refuses a partial or unusable setting with one clear line', () => {
    const file = join(tempDir('dkim'), 'dkim.pem');
    writeFileSync(file, PEM);
    expect(loadConfig({ DKIM_DOMAIN: 'Example.org', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: file }).dkim).toMatchObject({ domainName: 'example.org', keySelector: 's1' });
    expect(() => loadConfig({ DKIM_DOMAIN: 'example.org' })).toThrowError(ConfigError);
    expect(() => loadConfig({ DKIM_DOMAIN: 'example.org' })).toThrowError(/must be set together/);
    expect(() => loadConfig({ DKIM_DOMAIN: 'example.org', DKIM_SELECTOR: 's1', DKIM_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----' })).toThrowError(
      /^DKIM_PRIVATE_KEY is not a usable PEM private key$/,
    );
  });
});
