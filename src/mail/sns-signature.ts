import { verify, X509Certificate } from 'node:crypto';

/**
 * Amazon SNS signs every message it posts (SignatureVersion 1: SHA1withRSA,
 * 2: SHA256withRSA) with a certificate it serves from its own https host.
 * Checking that signature means a leaked webhook token alone cannot suppress
 * a newsroom's subscribers. The rules are Amazon's ("Verifying the signatures
 * of Amazon SNS messages"); the certificate is fetched by the caller, so this
 * module stays free of I/O.
 */
export interface SnsMessage {
  Type: string;
  MessageId?: string;
  TopicArn?: string;
  Subject?: string;
  Message?: string;
  Timestamp?: string;
  Token?: string;
  SubscribeURL?: string;
  SignatureVersion?: string;
  Signature?: string;
  SigningCertURL?: string;
}

export class SnsSignatureError extends Error {}

/** Gives the PEM text of the certificate at an (already checked) SigningCertURL. */
export type SnsCertificates = (url: string) => Promise<string>;

const NOTIFICATION_FIELDS = ['Message', 'MessageId', 'Subject', 'Timestamp', 'TopicArn', 'Type'] as const;
const CONFIRMATION_FIELDS = ['Message', 'MessageId', 'SubscribeURL', 'Timestamp', 'Token', 'TopicArn', 'Type'] as const;
const ALGORITHMS: Record<string, string> = { '1': 'sha1', '2': 'sha256' };

/** The text SNS signed: "Name\nvalue\n" for each field of the message's type, in Amazon's order; Subject only when present. */
export function snsStringToSign(m: SnsMessage): string {
  const fields = m.Type === 'Notification' ? NOTIFICATION_FIELDS : CONFIRMATION_FIELDS;
  let out = '';
  for (const name of fields) {
    const value = m[name];
    if (value === undefined) {
      if (name === 'Subject') continue;
      throw new SnsSignatureError(`the SNS message has no ${name}, which its signature covers`);
    }
    out += `${name}\n${value}\n`;
  }
  return out;
}

/** Only Amazon's own SNS hosts, over https, serving a .pem: anything else could be an attacker's key. */
export function isSnsCertificateUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/.test(u.hostname) && u.port === '' && u.pathname.endsWith('.pem');
  } catch {
    return false;
  }
}

/** Resolves when the message carries a valid SNS signature; otherwise throws SnsSignatureError saying why. */
export async function verifySnsMessage(m: SnsMessage, certificates: SnsCertificates): Promise<void> {
  if (!m.Signature || !m.SigningCertURL) throw new SnsSignatureError('the SNS message is not signed (no Signature or SigningCertURL)');
  const algorithm = ALGORITHMS[m.SignatureVersion ?? ''];
  if (!algorithm) throw new SnsSignatureError(`unknown SNS SignatureVersion ${JSON.stringify(m.SignatureVersion ?? null)}`);
  if (!isSnsCertificateUrl(m.SigningCertURL)) throw new SnsSignatureError('SigningCertURL is not an https .pem on an Amazon SNS host: not trusted');
  const text = snsStringToSign(m);
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(await certificates(m.SigningCertURL));
  } catch (error) {
    throw new SnsSignatureError(`could not read the SNS signing certificate: ${(error as Error).message}`);
  }
  const now = new Date();
  if (now < new Date(certificate.validFrom) || now > new Date(certificate.validTo)) throw new SnsSignatureError('the SNS signing certificate is not valid now');
  if (!verify(algorithm, Buffer.from(text, 'utf8'), certificate.publicKey, Buffer.from(m.Signature, 'base64'))) {
    throw new SnsSignatureError('the SNS signature does not match the message');
  }
}
