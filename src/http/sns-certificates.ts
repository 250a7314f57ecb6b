import type { SnsCertificates } from '../mail/sns-signature.js';

const MAX_BYTES = 64 * 1024;
const KEEP_MS = 24 * 3600_000;
const MAX_KEPT = 16;

/**
 * SNS signing certificates, fetched over https and kept for a day: SNS signs
 * with a handful of certificates, and a burst of bounces should not mean a
 * burst of downloads. The URL has been checked (isSnsCertificateUrl) before.
 */
export function fetchedSnsCertificates(): SnsCertificates {
  const kept = new Map<string, { pem: Promise<string>; at: number }>();
  return (url) => {
    const hit = kept.get(url);
    if (hit && Date.now() - hit.at < KEEP_MS) return hit.pem;
    const pem = download(url);
    // A failed download is not kept: the next message tries again.
    pem.catch(() => kept.delete(url));
    kept.set(url, { pem, at: Date.now() });
    if (kept.size > MAX_KEPT) kept.delete(kept.keys().next().value!);
    return pem;
  };
}

async function download(url: string): Promise<string> {
  const res = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(10_000) });
  if (!res.ok) throw new Error(`HTTP ${res.status} from ${url}`);
  const body = await res.text();
  if (body.length > MAX_BYTES) throw new Error(`${url} is larger than a certificate`);
  return body;
}
