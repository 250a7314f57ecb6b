import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { confirmSnsSubscription, fetchedSnsCertificates } from '../../src/http/sns-certificates.js';
import { isSnsCertificateUrl, snsStringToSign, SnsSignatureError, verifySnsMessage, type SnsMessage } from '../../src/mail/sns-signature.js';
import { OTHER_KEY, SNS_CERT, SNS_CERT_URL, signedSns } from '../helpers/sns.js';

const certificates = async (url: string) => {
  expect(url).toBe(SNS_CERT_URL);
  return SNS_CERT;
};
const refusal = (m: SnsMessage, source = certificates) =>
  verifySnsMessage(m, source).then(
    () => 'accepted',
    (error: unknown) => (error instanceof SnsSignatureError ? error.message : `crashed: ${String(error)}`),
  );

describe('SNS message signatures', () => {
  it('builds the string SNS signs: the type\'s fields in Amazon\'s order, Subject only when present', () => {
    const n = { Type: 'Notification', Message: 'm', MessageId: 'id', Timestamp: 't', TopicArn: 'arn' };
    expect(snsStringToSign(n)).toBe('Message\nm\nMessageId\nid\nTimestamp\nt\nTopicArn\narn\nType\nNotification\n');
    expect(snsStringToSign({ ...n, Subject: 's' })).toContain('MessageId\nid\nSubject\ns\nTimestamp\n');
    const c = { Type: 'SubscriptionConfirmation', Message: 'm', MessageId: 'id', SubscribeURL: 'u', Timestamp: 't', Token: 'k', TopicArn: 'arn' };
    expect(snsStringToSign(c)).toBe('Message\nm\nMessageId\nid\nSubscribeURL\nu\nTimestamp\nt\nToken\nk\nTopicArn\narn\nType\nSubscriptionConfirmation\n');
  });

  it('accepts messages signed with the certificate\'s key, in both signature versions, with or without a subject', async () => {
    expect(await refusal(signedSns({ Type: 'Notification', Message: '{"a":1}' }))).toBe('accepted');
    expect(await refusal(signedSns({ Type: 'Notification', Message: 'x', Subject: 'Bounce' }, { version: '1' }))).toBe('accepted');
    expect(await refusal(signedSns({ Type: 'SubscriptionConfirmation', Message: 'confirm', SubscribeURL: 'https://sns.eu-west-1.amazonaws.com/?Action=ConfirmSubscription', Token: 'tok' }))).toBe('accepted');
  });

  it('refuses a changed message, another key, an unsigned message, an unknown version and a certificate off Amazon\'s hosts', async () => {
    const good = signedSns({ Type: 'Notification', Message: '{"bounce":"user@example.org"}' });
    expect(await refusal({ ...good, Message: '{"bounce":"someone-else@example.org"}' })).toMatch(/does not match/);
    expect(await refusal({ ...good, Subject: 'added later' })).toMatch(/does not match/);
    expect(await refusal(signedSns({ Type: 'Notification', Message: 'x' }, { key: OTHER_KEY }))).toMatch(/does not match/);
    const { Signature: _s, ...unsigned } = good;
    expect(await refusal(unsigned)).toMatch(/not signed/);
    expect(await refusal({ ...good, SignatureVersion: '3' })).toMatch(/SignatureVersion/);
    expect(await refusal({ ...good, TopicArn: undefined })).toMatch(/no TopicArn/);
    for (const url of ['http://sns.eu-west-1.amazonaws.com/c.pem', 'https://sns.eu-west-1.amazonaws.com.evil.example/c.pem', 'https://evil.example/sns.eu-west-1.amazonaws.com/c.pem', 'https://sns.eu-west-1.amazonaws.com:8443/c.pem', 'https://sns.eu-west-1.amazonaws.com/c.txt']) {
      expect(isSnsCertificateUrl(url), url).toBe(false);
      // Refused before anything is fetched.
      expect(await refusal({ ...good, SigningCertURL: url }, () => Promise.reject(new Error('must not fetch')))).toMatch(/not trusted/);
    }
    expect(isSnsCertificateUrl('https://sns.cn-north-1.amazonaws.com.cn/SimpleNotificationService-x.pem')).toBe(true);
    expect(await refusal(good, () => Promise.resolve('not a certificate'))).toMatch(/could not read the SNS signing certificate/);
  });

  it('downloads a certificate once and keeps it; a failed download is tried again next time', async () => {
    let requests = 0;
    let failNext = true;
    const server = createServer((_req, res) => {
      requests++;
      if (failNext) {
        failNext = false;
        res.writeHead(503).end();
      } else res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(SNS_CERT);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/SimpleNotificationService-x.pem`;
    try {
      const source = fetchedSnsCertificates('allow');
      await expect(source(url)).rejects.toThrow(/HTTP 503/);
      expect(await source(url)).toBe(SNS_CERT);
      expect(await source(url)).toBe(SNS_CERT);
      expect(requests).toBe(2);
    } finally {
      server.close();
    }
  });

  it('under FEED_PRIVATE_ADDRESSES=deny fetches neither a certificate nor a SubscribeURL from a private address; allow still does', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests++;
      res.writeHead(200, { 'content-type': 'application/x-pem-file' }).end(SNS_CERT);
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const port = (server.address() as AddressInfo).port;
    try {
      const words = /^127\.0\.0\.1 is a private address, which FEED_PRIVATE_ADDRESSES=deny refuses$/;
      await expect(fetchedSnsCertificates('deny')(`http://127.0.0.1:${port}/SimpleNotificationService-x.pem`)).rejects.toThrow(words);
      await expect(fetchedSnsCertificates('deny')(`http://localhost:${port}/SimpleNotificationService-x.pem`)).rejects.toThrow(
        /^localhost resolves to a private address \((127\.0\.0\.1|::1)\), which FEED_PRIVATE_ADDRESSES=deny refuses$/,
      );
      expect(await confirmSnsSubscription(`http://127.0.0.1:${port}/?Action=ConfirmSubscription`, 'deny')).toMatch(/^could not confirm the SNS subscription: 127\.0\.0\.1 is a private address, which/);
      expect(await confirmSnsSubscription(`http://[64:ff9b::7f00:1]:${port}/?Action=ConfirmSubscription`, 'deny')).toMatch(/\(the NAT64 form of 127\.0\.0\.1\)/);
      expect(requests).toBe(0);
      expect(await confirmSnsSubscription(`http://127.0.0.1:${port}/?Action=ConfirmSubscription`, 'allow')).toBeNull();
      expect(await fetchedSnsCertificates('allow')(`http://127.0.0.1:${port}/SimpleNotificationService-x.pem`)).toBe(SNS_CERT);
      expect(requests).toBe(2);
    } finally {
      server.close();
    }
  });
});
