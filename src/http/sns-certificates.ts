import { guardedFetch } from '../feeds/fetch.js';
import type { SnsCertificates } from '../mail/sns-signature.js';

const MAX_BYTES = 64 * 1024;
const KEEP_MS = 24 * 3600_000;
const MAX_KEPT = 16;

/**
 * SNS signing certificates, fetched over https and kept for a day: SNS signs
 * with a handful of certificates, and a burst of bounces should not mean a
 * burst of downloads. The URL has been checked (isSnsCertificateUrl) before; under FEED_PRIVATE_ADDRESSES=deny its
 * address is checked as a feed's is (guardedFetch).
 */
export function fetchedSnsCertificates(privateAddresses: 'allow' | 'deny'): SnsCertificates {
  const kept = new Map<string, { pem: Promise<string>; at: number }>();
  return (url) => {
    const hit = kept.get(url);
    if (hit && Date.now() - hit.at < KEEP_MS) return hit.pem;
    const pem = download(url, privateAddresses);
    // A failed download is not kept: the next message tries again.
    pem.catch(() => kept.delete(url));
    kept.set(url, { pem, at: Date.now() });
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
    return pem;
  };
}

async function download(url: string, privateAddresses: 'allow' | 'deny'): Promise<string> {
  const res = await guardedFetch(url, privateAddresses, AbortSignal.timeout(10_000));
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
  const body = await res.text();
  if (body.length > MAX_BYTES) throw new Error(`${url} is larger than a certificate`);
  return body;
}

/**
 * Confirms an SNS subscription by fetching its SubscribeURL (checked as Amazon SNS's before): an error in words
 * when that fails, null when confirmed. Under FEED_PRIVATE_ADDRESSES=deny its address is checked as a feed's is.
 */
export async function confirmSnsSubscription(url: string, privateAddresses: 'allow' | 'deny'): Promise<string | null> {
  const res = await guardedFetch(url, privateAddresses, AbortSignal.timeout(10_000)).catch((error: Error) => error);
  if (res instanceof Error || !res.ok) return `could not confirm the SNS subscription: ${res instanceof Error ? res.message : `HTTP ${res.status}`}`;
  await res.body?.cancel().catch(() => undefined);
  return null;
}
