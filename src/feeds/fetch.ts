import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../paths.js';

const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;

export interface FetchResult {
  status: number;
  url: string;
  body: string;
  etag: string | null;
  lastModified: string | null;
}

export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
  constructor(message: string, readonly status?: number) {
    super(message);
  }
}

export function userAgent(publicUrl: string): string {
  return `wirebrief/${version} (+${publicUrl})`;
}

export async function fetchFeed(url: string, opts: { publicUrl: string; timeoutMs?: number }): Promise<FetchResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        'user-agent': userAgent(opts.publicUrl),
        accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
      },
      redirect: 'follow',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 30_000),
    });
  } catch (error) {
    throw new FeedFetchError(`could not fetch ${url}: ${describe(error)}`);
  }
  if (!response.ok) throw new FeedFetchError(`${url} answered HTTP ${response.status} ${response.statusText}`, response.status);
  return {
    status: response.status,
    url: response.url || url,
    body: await response.text(),
    etag: response.headers.get('etag'),
    lastModified: response.headers.get('last-modified'),
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    if (error.name === 'TimeoutError') return 'timed out';
    return cause instanceof Error ? cause.message : error.message;
  }
  return String(error);
}
