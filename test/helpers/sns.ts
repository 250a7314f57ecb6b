import { sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { snsStringToSign, type SnsMessage } from '../../src/mail/sns-signature.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/sns/${name}`, import.meta.url), 'utf8');

/** A test-only certificate standing in for Amazon's, its key, and another key it does not match. */
export const SNS_CERT = fixture('signing-cert.pem');
const KEY = fixture('signing-key.pem');
export const OTHER_KEY = fixture('other-key.pem');
export const SNS_CERT_URL = 'https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-0000test.pem';

/** The message as SNS would post it: signed (SignatureVersion 2 unless asked) with the test key. */
export function signedSns(message: Omit<SnsMessage, 'Signature' | 'SignatureVersion' | 'SigningCertURL'>, opts: { version?: '1' | '2'; key?: string } = {}): SnsMessage {
  const version = opts.version ?? '2';
  const unsigned = { MessageId: 'a1b2c3d4-0000-4000-8000-000000000001', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:bounces', Timestamp: '2026-11-26T03:00:00.000Z', ...message };
  const signature = sign(version === '1' ? 'sha1' : 'sha256', Buffer.from(snsStringToSign(unsigned as SnsMessage)), opts.key ?? KEY).toString('base64');
  return { ...unsigned, SignatureVersion: version, Signature: signature, SigningCertURL: SNS_CERT_URL };
}
