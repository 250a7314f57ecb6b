import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { constants as zlibConstants, gunzipSync, inflateRawSync } from 'node:zlib';
import { CookieJar } from 'tough-cookie';
import { Agent, fetch, ProxyAgent, type Dispatcher, type Response } from 'undici';
import type { Config, FeedProxy } from '../config.js';
import { projectRoot } from '../paths.js';
import { cleanTitle } from './html-text.js';
import { blockedPortReason } from './bad-ports.js';
import { HostBusyError } from './hosts.js';
import { guardedLookup, isPrivateAddress, PrivateAddressError, privateAddressWords } from './private-addresses.js';
import { proxyFor } from './proxy.js';
import { feedInZip, isZip } from './zip.js';

/**
 * One polite HTTP fetch of a feed: conditional (ETag / Last-Modified), with a
 * connect timeout and a total one, a size cap enforced while the body streams
 * in (after decompression, so a gzip bomb stops too), and redirects followed
 * by hand, at most five, so a permanent move (301/308) can be told from a
 * temporary one (302/303/307). Cookies a server sets on a redirect are sent
 * back on the following hops of the same fetch (sites behind a cookie check
 * answer "302 to yourself, with Set-Cookie" and loop for a client without
 * one); none are kept between polls. Failures come back as FeedFetchError
 * with a sentence an operator can act on.
 */

const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
const MAX_REDIRECTS = 5;
const DAY_MS = 24 * 3600_000;
const CONNECT_TIMEOUT_MS = 10_000;
const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export interface FetchOptions {
  publicUrl: string;
  timeoutMs: number;
  maxBytes: number;
  etag?: string | null;
  lastModified?: string | null;
  /** Fetch through this proxy (HTTP_PROXY, HTTPS_PROXY, NO_PROXY); none when null or absent. */
  proxy?: FeedProxy | null;
  /** FEED_PRIVATE_ADDRESSES: `deny` refuses connections to private, loopback and link-local addresses (see private-addresses.ts); `allow` when absent. */
  privateAddresses?: 'allow' | 'deny';
  /** The feed's HTTP login: its Authorization header, sent to the origin it was given for only (never after a redirect elsewhere, nor to http:// on the same host). */
  login?: { authorization: string; origin: string } | null;
  /** Runs one request (and the reading of its answer) holding a slot of the host it goes to; none when absent. */
  hostSlot?: <T>(url: string, work: () => Promise<T>) => Promise<T>;
}

interface Common {
  /** The URL finally answered. */
  url: string;
  /** Where the feed has moved for good: set when every redirect up to it was permanent (301/308). */
  movedTo: string | null;
  etag: string | null;
  lastModified: string | null;
  /** How long the server says its answer stays fresh (Cache-Control max-age, Expires). */
  freshForMs: number | null;
}

export type FetchResult =
  | (Common & {
      status: 'ok';
      body: Buffer;
      contentType: string | null;
      /** What an HTML answer is when it is a bot check's (a challenge served with 200), for when it turns out not to be the feed. */
      botCheck: string | null;
    })
  | (Common & { status: 'not-modified' });

/** The fetch limits the service is configured with (FEED_TIMEOUT_SECONDS, FEED_MAX_MB, PUBLIC_URL for the User-Agent). */
export function fetchOptions(config: Pick<Config, 'publicUrl' | 'feedTimeoutSeconds' | 'feedMaxBytes' | 'feedProxy' | 'feedPrivateAddresses'>): FetchOptions {
  return { publicUrl: config.publicUrl, timeoutMs: config.feedTimeoutSeconds * 1000, maxBytes: config.feedMaxBytes, proxy: config.feedProxy, privateAddresses: config.feedPrivateAddresses };
}

export class FeedFetchError extends Error {
  override name = 'FeedFetchError';
  constructor(
    message: string,
    readonly details: {
      status?: number;
      retryAfterMs?: number | null;
      gone?: boolean;
      movedTo?: string | null;
      undecodable?: boolean;
      /** The connection was cut before any answer came: nothing was said, and a GET may be asked again. */
      unanswered?: boolean;
    } = {},
  ) {
    super(withLongWordsCut(message));
  }
}

/** A word of a message (a URL, a Location) longer than this is cut in its middle. */
const LONGEST_WORD = 200;

/**
 * A message names URLs and Locations as the server sent them, and those can run to kilobytes (a session in the
 * query, a redirect loop that grows its URL): each is shown by its start and its end, so the feed's error stays a line.
 */
function withLongWordsCut(message: string): string {
  return message.replace(new RegExp(`\\S{${LONGEST_WORD + 1},}`, 'g'), (word) => {
    // A login in a URL goes before the cut: cut, it could no longer be told from the URL's host and be left in.
    const bare = word.replace(/([a-z][\w+.-]*:\/\/)[^/?#\s@]*@/gi, '$1');
    return bare.length > LONGEST_WORD ? `${bare.slice(0, 140)}…${bare.slice(-50)}` : bare;
  });
}

export function userAgent(publicUrl: string): string {
  return `wirebrief/${version} (+${publicUrl})`;
}

/** One connection pool per proxy and FEED_PRIVATE_ADDRESSES (most processes have one: direct). */
const dispatchers = new Map<string, Dispatcher>();
function dispatcher(opts: Pick<FetchOptions, 'proxy' | 'privateAddresses'>, url: string): Dispatcher {
  // The proxy is chosen here, as curl chooses it (see proxy.ts): a proxy set for one scheme only leaves the other
  // direct, and NO_PROXY's addresses and ranges are read, which undici's EnvHttpProxyAgent does not do.
  const through = proxyFor(url, opts.proxy);
  // Direct connections under `deny` resolve names through the guard, as they are opened (a proxy resolves the
  // feed's name itself, where no lookup of ours can see it: proxied fetches are checked by the URL's IP literal only).
  const guarded = !through && opts.privateAddresses === 'deny';
  const key = `${through} ${guarded}`;
  let found = dispatchers.get(key);
  if (!found) {
    const common = { connect: { timeout: CONNECT_TIMEOUT_MS, ...(guarded ? { lookup: guardedLookup } : {}) }, keepAliveTimeout: 4_000 };
    found = through ? new ProxyAgent({ ...common, uri: through }) : new Agent(common);
    dispatchers.set(key, found);
  }
  return found;
}

/**
 * A fetch of a URL given from outside that is no feed's (the SNS webhook's certificate and SubscribeURL), direct,
 * under FEED_PRIVATE_ADDRESSES as a feed's first hop is: an address in the URL checked, a name checked as its
 * connection is opened. No redirect is followed (one to an address written in its URL would open no lookup).
 */
export async function guardedFetch(url: string, privateAddresses: 'allow' | 'deny', signal: AbortSignal): Promise<Response> {
  const literal = new URL(url).hostname;
  if (privateAddresses === 'deny' && isPrivateAddress(literal)) throw new PrivateAddressError(literal, literal);
  try {
    return await fetch(url, { redirect: 'error', signal, dispatcher: dispatcher({ privateAddresses }, url) });
  } catch (error) {
    // undici's "fetch failed" hides the refusal a level down.
    const cause = (error as { cause?: unknown }).cause;
    throw cause instanceof PrivateAddressError ? cause : error;
  }
}

export async function fetchFeed(startUrl: string, opts: FetchOptions): Promise<FetchResult> {
  const clock: RequestClock = { spentMs: 0 };
  try {
    return await fetchAskedAgainIfCut(startUrl, opts, clock);
  } catch (error) {
    // A server that labels plain bytes as compressed (a PHP script setting Content-Encoding by hand, a
    // proxy that unpacked without saying so) can often send them unlabelled: asked once more for
    // the bytes as they are, within what is left of the time allowed.
    if (!(error instanceof FeedFetchError) || !error.details.undecodable || opts.timeoutMs - clock.spentMs <= 0) throw error;
    return fetchOnce(startUrl, opts, 'identity', clock);
  }
}

/**
 * The time a fetch's requests have taken so far, all its tries and hops together: FEED_TIMEOUT_SECONDS is the time
 * allowed for that. Time spent waiting for a host's slot (our own throttle: other feeds of a busy host in flight) is
 * not the feed's and is not counted, before the first request or between hops.
 */
interface RequestClock {
  spentMs: number;
}

/**
 * A pooled kept-alive connection the server closed while it was idle is cut the moment a request is sent on it: the
 * server said nothing, and a GET is asked once more, on a new connection. Polls meet this where a host's feeds are
 * fetched one after the other with a slow parse between them (the server's idle timeout passes mid-parse).
 */
async function fetchAskedAgainIfCut(startUrl: string, opts: FetchOptions, clock: RequestClock): Promise<FetchResult> {
  try {
    return await fetchOnce(startUrl, opts, 'gzip, deflate, br', clock);
  } catch (error) {
    if (!(error instanceof FeedFetchError) || !error.details.unanswered || opts.timeoutMs - clock.spentMs <= 0) throw error;
    return fetchOnce(startUrl, opts, 'gzip, deflate, br', clock);
  }
}

async function fetchOnce(startUrl: string, opts: FetchOptions, acceptEncoding: string, clock: RequestClock): Promise<FetchResult> {
  const controller = new AbortController();
  const state = { timedOut: false };
  // The time allowed runs while a request holds its host's slot (see RequestClock), what is left of it each hop.
  const timed = async <T>(work: () => Promise<T>): Promise<T> => {
    const began = Date.now();
    const timer = setTimeout(
      () => {
        state.timedOut = true;
        controller.abort(new Error('timed out'));
      },
      Math.max(0, opts.timeoutMs - clock.spentMs),
    );
    try {
      return await work();
    } finally {
      clearTimeout(timer);
      clock.spentMs += Date.now() - began;
    }
  };
  const seconds = Math.round(opts.timeoutMs / 1000);
  const slot = opts.hostSlot ?? ((_url: string, work: () => Promise<Hop>) => work());
  let url = startUrl;
  let movedTo: string | null = null;
  let encoding: string | null = null;
  let answered = false;
  try {
    const headers: Record<string, string> = {
      'user-agent': userAgent(opts.publicUrl),
      accept: ACCEPT,
      'accept-encoding': acceptEncoding,
    };
    if (opts.etag) headers['if-none-match'] = opts.etag;
    // A date kept from before this rule that lies well ahead would earn a 304 on every poll from servers that compare dates.
    if (opts.lastModified && !(Date.parse(opts.lastModified) > Date.now() + 24 * 3600_000)) headers['if-modified-since'] = opts.lastModified;
    let permanent = true;
    const jar = new CookieJar();
    const visited = [url];
    for (let hop = 0; ; hop++) {
      // Each request holds a slot of the host it goes to, redirects included: many feeds of many hosts that all
      // redirect to one (a feed service's) must not reach it all at once. One slot at a time, so two hosts never wait on each other.
      const step = await slot(url, () => timed(async (): Promise<Hop> => {
        const cookie = hop > 0 ? await jar.getCookieString(url) : '';
        const login = opts.login && originOf(url) === opts.login.origin ? opts.login.authorization : '';
        const sent = cookie || login ? { ...headers, ...(cookie ? { cookie } : {}), ...(login ? { authorization: login } : {}) } : headers;
        // An address written in the URL is connected to without a lookup: checked here, on every hop.
        const literal = new URL(url).hostname;
        if (opts.privateAddresses === 'deny' && isPrivateAddress(literal)) throw new FeedFetchError(privateAddressWords(literal, literal), { movedTo: movedTo === url ? null : movedTo });
        const response = await fetch(url, { headers: sent, redirect: 'manual', signal: controller.signal, dispatcher: dispatcher(opts, url) });
        answered = true;
        if (![301, 302, 303, 307, 308].includes(response.status)) {
          encoding = response.headers.get('content-encoding');
          return { result: await answerOf(response, { url, movedTo, loginSent: Boolean(login), opts, controller }) };
        }
        for (const set of response.headers.getSetCookie()) await jar.setCookie(set, url, { ignoreError: true });
        await response.body?.cancel().catch(() => undefined);
        const location = singleValue(response.headers.get('location'));
        if (!location) throw new FeedFetchError(`${url} answered HTTP ${response.status} without saying where to (no Location header)`, { status: response.status });
        const next = redirectTarget(location, url);
        // A redirect back to a URL already asked in this fetch (with no new cookie to show) will loop for ever: said so, not "too many".
        if (visited.includes(next) && response.headers.getSetCookie().length === 0) {
          throw new FeedFetchError(`redirects in a loop: ${[...visited.slice(visited.indexOf(next)), next].join(' → ')}`, { status: response.status, movedTo: null });
        }
        if (hop >= MAX_REDIRECTS) throw new FeedFetchError(`more than ${MAX_REDIRECTS} redirects, last to ${location}`, { status: response.status, movedTo });
        // Not followed, nor moved to for good: no poll could ever fetch the feed there.
        const blocked = blockedPortReason(next);
        if (blocked) throw new FeedFetchError(`${url} redirects (HTTP ${response.status}) to ${next}, not followed: ${blocked}`, { status: response.status, movedTo });
        // A permanent move from https to plain http is followed, but the feed keeps its https address: one
        // answer (from the site, or from whoever sits between) must not take the feed off TLS for good.
        if (permanent && (response.status === 301 || response.status === 308) && !isDowngrade(url, next)) movedTo = next;
        else permanent = false;
        return { next };
      }));
      if ('result' in step) return step.result;
      visited.push(step.next);
      url = step.next;
    }
  } catch (error) {
    // Our own throttle's refusal is no failure of the feed's: it goes up as it is.
    if (error instanceof FeedFetchError || error instanceof HostBusyError) throw error;
    // A permanent redirect to a refused private address does not move the feed there.
    if ((error as { cause?: unknown })?.cause instanceof PrivateAddressError) throw new FeedFetchError(describeNetworkError(error, url), { movedTo: movedTo === url ? null : movedTo });
    if (state.timedOut) throw new FeedFetchError(`timed out after ${seconds} s fetching ${url}`, { movedTo });
    if (encoding && isDecodingError(error)) {
      throw new FeedFetchError(`${safeHost(url)} said the feed was compressed (Content-Encoding: ${encoding}) but sent bytes that do not unpack as such`, { movedTo, undecodable: true });
    }
    throw new FeedFetchError(describeNetworkError(error, url, proxyOf(url, opts.proxy)), { movedTo, unanswered: !answered && isConnectionCut(error) });
  }
}

/** One request of a fetch: the answer, or where it redirects to. */
type Hop = { result: FetchResult } | { next: string };

/** The final (non-redirect) answer of a fetch, read: 304, an error status said in words, or the body under the cap. */
async function answerOf(
  response: Response,
  at: { url: string; movedTo: string | null; loginSent: boolean; opts: FetchOptions; controller: AbortController },
): Promise<FetchResult> {
  const { url, movedTo, opts } = at;
  const common: Common = {
    url,
    movedTo,
    etag: response.headers.get('etag'),
    lastModified: pastLastModified(response),
    freshForMs: freshFor(response),
  };
  if (response.status === 304) {
    await response.body?.cancel().catch(() => undefined);
    // A 304 only means something to a request that named a copy (ETag, Last-Modified): to one that
    // did not (a new feed, the try route) it is a broken server or cache, and nothing was read.
    if (!opts.etag && !opts.lastModified) throw new FeedFetchError(`${safeHost(url)} answered HTTP 304 Not Modified to a request that had no copy to compare (no If-None-Match or If-Modified-Since): no feed was sent`, { status: 304, movedTo });
    return { ...common, status: 'not-modified' };
  }
  if (response.status === 204 || response.status === 205) {
    await response.body?.cancel().catch(() => undefined);
    throw new FeedFetchError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: the server answered with no content at all, no feed`, { status: response.status, movedTo });
  }
  if (!response.ok) {
    const said = await errorPageText(response);
    throw httpError(response, movedTo, at.loginSent, said);
  }
  const body = unpackDownload(await readCapped(response, opts.maxBytes, at.controller, url), opts.maxBytes);
  const packed = stillPacked(response.headers.get('content-encoding'), body);
  if (packed) throw new FeedFetchError(`${safeHost(url)} sent the feed compressed as ${packed} (Content-Encoding: ${response.headers.get('content-encoding')}), which wirebrief cannot unpack: it asks for gzip, deflate or br only`, { movedTo });
  const head = body.subarray(0, ERROR_PAGE_BYTES).toString('utf8');
  const checked = /^\s*(?:<!doctype html|<html)/i.test(head) ? (botCheck(response.status, response.headers, head) ?? consentWall(url)) : null;
  const title = checked ? oneLine(pageTitle(head) ?? '') : '';
  const page = checked === FIREWALL_REFUSAL ? 'a firewall’s refusal page' : checked?.includes(CONSENT_WALL) ? 'a consent page' : 'a bot check’s page';
  const said = checked && `HTTP ${response.status} with ${page}${title && title.length <= 80 ? ` ("${title}")` : ''}, not the feed: ${checked}`;
  return { ...common, status: 'ok', body, contentType: response.headers.get('content-type'), botCheck: said };
}

/** The content codings undici unpacks (zstd only where this Node's zlib has it); any other leaves the whole body as it came. */
const UNPACKED_CODINGS = new Set(['gzip', 'x-gzip', 'deflate', 'br', 'identity', '', ...('createZstdDecompress' in zlib ? ['zstd'] : [])]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/**
 * The coding a body is still packed in: a Content-Encoding we never asked for (zstd from a server that ignores
 * Accept-Encoding, on a Node without zstd; compress; a CDN's own) that undici passed on untouched, when the bytes
 * are that coding's (zstd's magic number) or not text at all. Null when the body was unpacked or was plain all along
 * (the label lied).
 */
function stillPacked(contentEncoding: string | null, body: Buffer): string | null {
  const unknown = (contentEncoding ?? '').toLowerCase().split(',').map((c) => c.trim()).find((c) => !UNPACKED_CODINGS.has(c));
  if (unknown === undefined) return null;
  const head = body.subarray(0, 512);
  const control = head.reduce((n, b) => n + (b < 9 || (b > 13 && b < 32) ? 1 : 0), 0);
  return head.subarray(0, 4).equals(ZSTD_MAGIC) || (control >= 4 && control > head.length / 20) ? unknown : null;
}

/** A header given twice alike (an app and the server in front both set Location or Retry-After) reaches us joined, "/a, /a": one of them. */
function singleValue(value: string | null): string | null {
  if (!value) return value;
  const half = (value.length - 2) / 2;
  return Number.isInteger(half) && half > 0 && value.slice(half, half + 2) === ', ' && value.slice(0, half) === value.slice(half + 2) ? value.slice(0, half) : value;
}

function isDowngrade(from: string, to: string): boolean {
  return from.startsWith('https:') && to.startsWith('http:');
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

function redirectTarget(raw: string, from: string): string {
  const location = fromFeedScheme(utf8Location(raw));
  let next: URL;
  try {
    next = new URL(location, from);
  } catch {
    throw new FeedFetchError(`redirected to something that is not a URL: "${location}"`);
  }
  if (next.protocol !== 'http:' && next.protocol !== 'https:') throw new FeedFetchError(`redirected to a ${next.protocol} URL, which is not fetched: ${next}`);
  if (next.username || next.password) {
    // As the Fetch standard has it (undici refuses to ask it): a login is given by the operator, never by a redirect.
    next.username = '';
    next.password = '';
    throw new FeedFetchError(`redirected to an address with a login in it (user:password@…), which is not followed: ${next}`);
  }
  next.hash = '';
  return next.toString();
}

/** feed://host/rss (a "subscribe" link's scheme) names an http feed, feed:https://host/rss an https one: read as an added URL is. */
function fromFeedScheme(location: string): string {
  const feed = /^\s*feed:(?:\/\/)?/i.exec(location);
  if (!feed) return location;
  const rest = location.slice(feed[0].length);
  return /^https?:\/\//i.test(rest) ? rest : `http://${rest}`;
}

/**
 * Header values reach us as latin1 (one char per byte); a Location with a non-ASCII path (a WordPress
 * slug "/café/feed") is sent as raw UTF-8 bytes by many servers, and browsers read it as UTF-8.
 * Read it so too when its bytes are valid UTF-8; otherwise leave it as it came.
 */
function utf8Location(location: string): string {
  if (!/[\x80-\xff]/.test(location) || /[^\x00-\xff]/.test(location)) return location;
  const bytes = Buffer.from(location, 'latin1');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return location;
  }
}

function readable(bytes: number): string {
  return bytes < 1024 ? `${bytes} bytes` : bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function capText(maxBytes: number): string {
  return `${(maxBytes / 1024 / 1024).toFixed(maxBytes % (1024 * 1024) ? 1 : 0)} MB`;
}

/** Layers of gzip unpacked from one body: a compressed file served gzipped again by a server or CDN is two. */
const MAX_GZIP_LAYERS = 3;

/**
 * A body still gzipped after HTTP decoding: a pre-compressed file served
 * without Content-Encoding (S3 and CDNs do this with .xml.gz objects, some
 * servers compress twice, some gzip a .gz once more). Feed readers unpack it;
 * so do we, layer by layer, each under the same size cap. Bytes that only
 * look like gzip are left for the parser to judge.
 */
function gunzipUnlabelled(body: Buffer, maxBytes: number): Buffer {
  let unpacked = body;
  for (let layer = 0; layer < MAX_GZIP_LAYERS && isGzip(unpacked); layer++) {
    const inner = gunzipCapped(unpacked, maxBytes);
    if (!inner) break;
    unpacked = inner;
  }
  return unpacked;
}

function isGzip(body: Buffer): boolean {
  return body.length >= 18 && body[0] === 0x1f && body[1] === 0x8b && body[2] === 0x08;
}

function gunzipCapped(body: Buffer, maxBytes: number): Buffer | null {
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (error) {
    tooLarge(error, maxBytes);
    // Bytes after the gzip stream (a script that echoes a newline after the file) or a stream cut short: gzip(1)
    // unpacks what is there, with a warning, and so does a browser; its first member is read on its own.
    return firstGzipMember(body, maxBytes);
  }
}

function tooLarge(error: unknown, maxBytes: number, how = 'gzipped without saying so'): void {
  if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw new FeedFetchError(`the feed is larger than the ${capText(maxBytes)} limit once unpacked (it was sent ${how})`);
}

/** A body as a file download: gzip layers off, then the feed out of a .zip holding one; as it came when it is neither. */
function unpackDownload(body: Buffer, maxBytes: number): Buffer {
  const unpacked = gunzipUnlabelled(body, maxBytes);
  if (!isZip(unpacked)) return unpacked;
  try {
    return feedInZip(unpacked, (packed) => inflateRawSync(packed, { maxOutputLength: maxBytes })) ?? unpacked;
  } catch (error) {
    tooLarge(error, maxBytes, 'as a zip archive');
    // An archive that does not unpack is left for the parser, which names it binary data.
    return unpacked;
  }
}

/** RFC 1952's optional header fields, by their flag bit: what comes between the fixed header and the deflate stream. */
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const FHCRC = 2;

/** The first member of a gzip body, its deflate stream inflated alone: what follows it is not read. Null when even that fails. */
function firstGzipMember(body: Buffer, maxBytes: number): Buffer | null {
  const flags = body[3]!;
  let at = 10;
  if (flags & FEXTRA) at += 2 + body.readUInt16LE(at);
  if (flags & FNAME) at = body.indexOf(0, at) + 1;
  if (flags & FCOMMENT) at = body.indexOf(0, at) + 1;
  if (flags & FHCRC) at += 2;
  if (at <= 0 || at >= body.length) return null;
  try {
    return inflateRawSync(body.subarray(at), { maxOutputLength: maxBytes, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  } catch (error) {
    tooLarge(error, maxBytes);
    return null;
  }
}

async function readCapped(response: Response, maxBytes: number, controller: AbortController, url: string): Promise<Buffer> {
  const cap = capText(maxBytes);
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) {
    controller.abort(new Error('too large'));
    throw new FeedFetchError(`the feed is larger than the ${cap} limit (Content-Length ${declared}): not downloaded`);
  }
  const chunks: Buffer[] = [];
  let total = 0;
  if (!response.body) return Buffer.alloc(0);
  const reader = response.body.getReader();
  let tail = '';
  try {
    for (;;) {
      const read = reader.read();
      read.catch(() => undefined);
      // A server that sends the whole document and then neither ends the body nor closes (a Content-Length larger than
      // the body, a chunked body without its last chunk, on a kept-alive connection) is not waited on until the timeout.
      const next = ROOT_CLOSED.test(tail) ? await Promise.race([read, idle(AFTER_DOCUMENT_MS)]) : await read;
      if (next === null) {
        controller.abort(new Error('the document had ended'));
        return Buffer.concat(chunks, total);
      }
      if (next.done) break;
      const chunk = Buffer.from(next.value);
      total += chunk.byteLength;
      if (total > maxBytes) {
        controller.abort(new Error('too large'));
        throw new FeedFetchError(`the feed is larger than the ${cap} limit: stopped reading after ${cap}`);
      }
      chunks.push(chunk);
      tail = (tail + chunk.subarray(-256).toString('latin1')).slice(-256);
    }
  } catch (error) {
    // The answer began and then stopped (a chunked body without its last chunk, fewer bytes than Content-Length): said as such.
    const code = (error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code ?? '';
    if (!controller.signal.aborted && !isDecodingError(error) && (code === 'UND_ERR_SOCKET' || code === 'ECONNRESET' || /terminated|other side closed/i.test(String((error as Error)?.message)))) {
      // A Content-Length larger than what is sent, or a chunked body without its last (empty) chunk, after the whole
      // document: only the framing was wrong (a filter that changed the body after the length was set), and the feed is read.
      const received = Buffer.concat(chunks, total);
      if (endsAsWholeDocument(received)) return received;
      throw new FeedFetchError(`the connection to ${safeHost(url)} was cut while the feed was being sent, after ${readable(total)} (${code || 'terminated'}): the feed came incomplete`);
    }
    throw error;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return Buffer.concat(chunks, total);
}

/** How long a body that already ends as a whole XML document is waited on to end. */
const AFTER_DOCUMENT_MS = 2_000;
/** The end of an RSS, Atom or RDF document: its root element closed. */
const ROOT_CLOSED = /<\/(?:[\w-]+:)?(?:rss|feed|RDF)>\s*$/i;

function idle(ms: number): Promise<null> {
  return new Promise((resolve) => setTimeout(() => resolve(null), ms).unref());
}

/** Whether bytes end as a whole feed document does: its root element closed (RSS, Atom, RDF), or a JSON object's last brace. */
function endsAsWholeDocument(bytes: Buffer): boolean {
  const tail = bytes.subarray(-256).toString('latin1');
  if (ROOT_CLOSED.test(tail)) return true;
  if (!tail.trimEnd().endsWith('}')) return false;
  try {
    JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    return true;
  } catch {
    return false;
  }
}

const ERROR_PAGE_BYTES = 64 * 1024;
const ERROR_PAGE_MS = 1_000;

/**
 * What an error answer says, in a few words an operator can act on: a bot check (Cloudflare's
 * "Just a moment...", a captcha) named as such, otherwise the page's <title> or <h1>, a JSON
 * API's "error"/"message", or the first line of plain text. Reads 64 KB at most; '' when nothing useful.
 */
async function errorPageText(response: Response): Promise<string> {
  let text = '';
  const chunks: Buffer[] = [];
  // An error page that drips is not waited for: its status (and Retry-After) matter more than its words.
  const reader = response.body?.getReader();
  const deadline = setTimeout(() => void reader?.cancel().catch(() => undefined), ERROR_PAGE_MS);
  try {
    let total = 0;
    while (reader && total < ERROR_PAGE_BYTES) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value));
      total += value.byteLength;
    }
  } catch {
    // An error page that does not arrive whole says what part of it did.
  } finally {
    clearTimeout(deadline);
    await reader?.cancel().catch(() => undefined);
    text = Buffer.concat(chunks).subarray(0, ERROR_PAGE_BYTES).toString('utf8');
  }
  return botCheck(response.status, response.headers, text) ?? oneLine(pageTitle(text) ?? jsonError(text) ?? (/^\s*</.test(text) ? '' : text.split(/\r?\n/).find((l) => l.trim()) ?? ''));
}

const CONSENT_WALL = 'a cookie consent page';

/**
 * Where a site in the EU sends a request without its consent cookie (Yahoo's consent.yahoo.com/v2/collectConsent, Google's
 * consent.google.com, a CMP's /consent/ or /privacy-gate/ page, the feed's address in the query to come back to): a page
 * answering there is the consent wall, which a feed reader cannot click through. Null for any other address.
 */
function consentWall(answeredAt: string): string | null {
  const { hostname, pathname } = new URL(answeredAt);
  if (!/^consent\./i.test(hostname) && !/\/(?:consent|cookie-?consent|privacy-?gate|gdpr(?:-consent)?)(?:\/|$)/i.test(pathname)) return null;
  return `the site sent the request to ${CONSENT_WALL} (${hostname}), which a feed reader cannot answer: ask the publisher to let feeds past its consent wall`;
}

/** A page that is no feed and names none: the bot check it is, as a fetch error (as a 403 challenge is), when it is one. */
export function botCheckOr(error: unknown, fetched: { botCheck: string | null }): unknown {
  return fetched.botCheck ? new FeedFetchError(fetched.botCheck) : error;
}

/** The statuses a bot check or firewall refuses with. */
const REFUSALS = [403, 429, 503];

/** Firewalls that answer a client they take for a bot with a page of their own, known by a header or their page's words. */
const FIREWALLS: { name: string; server?: RegExp; page: RegExp }[] = [
  { name: 'Akamai’s firewall', server: /AkamaiGHost/i, page: /errors\.edgesuite\.net|<title>Access Denied<\/title>[\s\S]*Reference #/i },
  { name: 'Imperva’s (Incapsula) bot check', page: /Incapsula incident ID|_Incapsula_Resource/i },
  { name: 'DDoS-Guard’s bot check', server: /ddos-guard/i, page: /<title>DDoS-Guard<\/title>/i },
];

/**
 * A bot check's or firewall's page, named as such (Cloudflare's "Just a moment...", Akamai's "Access Denied",
 * Imperva, DDoS-Guard, a captcha), with what the operator can do; null for any other page. Error answers and a
 * 200 page that is not the feed are both read with it: challenges come with either status.
 */
export function botCheck(status: number, h: Headers, text: string): string | null {
  const cloudflare = /cloudflare/i.test(h.get('server') ?? '') || h.has('cf-ray');
  const challengeTitle = /<title>\s*(?:Just a moment\.\.\.|Attention Required! \| Cloudflare)\s*<\/title>/i.test(text);
  if (h.get('cf-mitigated') === 'challenge' || challengeTitle || (cloudflare && /challenge-platform|cf-chl|Just a moment|Attention Required/i.test(text))) {
    return 'Cloudflare’s browser challenge stopped the request: ask the publisher to allow wirebrief’s User-Agent, or use another feed URL';
  }
  // A firewall's Server header is on every answer of the sites behind it: on its own it names only a refusal.
  const firewall = FIREWALLS.find((f) => (REFUSALS.includes(status) && f.server?.test(h.get('server') ?? '')) || f.page.test(text));
  if (firewall && /<html/i.test(text)) return `a bot check (${firewall.name}) stopped the request: ask the publisher to allow wirebrief’s User-Agent`;
  // An ordinary page can carry a captcha (a comment form's): a 200 page is a captcha's when its title says so.
  const asked = /are you a robot|verify you are human|checking your browser/i.test(text) || /captcha/i.test(status === 200 ? (pageTitle(text) ?? '') : text);
  if ((status === 200 || REFUSALS.includes(status)) && asked && /<html/i.test(text)) return 'a bot check (captcha page) stopped the request: ask the publisher to allow wirebrief’s User-Agent';
  // A refusal served with 200 (a WordPress security plugin's, a web firewall's, mod_security's) says so in its title only;
  // such pages are small, where a site's article headlined so ("Access denied: …") is not.
  if (status === 200 && text.length <= REFUSAL_PAGE_MAX && /<html/i.test(text) && REFUSAL_TITLE.test(pageTitle(text) ?? '')) return FIREWALL_REFUSAL;
  return null;
}

/**
 * What a firewall's own page is titled when it refuses a request ("Sucuri WebSite Firewall - Access Denied", Wordfence's
 * "Your access to this site has been limited by the site owner", "403 Forbidden", mod_security's "Not Acceptable!"):
 * served with 200 where the feed should be, the request was refused, whatever the status says.
 */
const REFUSAL_TITLE =
  /\baccess (?:is |was |has been )?denied\b|\b(?:your )?access to this (?:site|page|resource|website) (?:has been |is |was )?(?:limited|blocked|restricted|denied)\b|\byou (?:have been|are|were) blocked\b|\brequest (?:was |has been )?(?:blocked|rejected|refused)\b|^(?:(?:error )?403\b.*|forbidden!?|not acceptable!?)$/i;
const REFUSAL_PAGE_MAX = 48 * 1024;
const FIREWALL_REFUSAL = 'a firewall refused the request: ask the publisher to allow wirebrief’s User-Agent';

function pageTitle(text: string): string | null {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(text);
  return m ? cleanTitle(m[1]!) : null;
}

function jsonError(text: string): string | null {
  if (!/^\s*[{[]/.test(text)) return null;
  try {
    const value = JSON.parse(text) as unknown;
    const pick = (v: unknown): string | null => {
      if (typeof v === 'string') return v;
      if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        for (const k of ['message', 'error_description', 'error', 'detail', 'title', 'errors']) {
          const found = Array.isArray(o[k]) ? pick((o[k] as unknown[])[0]) : pick(o[k]);
          if (found) return found;
        }
      }
      return null;
    };
    return pick(value);
  } catch {
    return null;
  }
}

/** One short line: whitespace folded, at most 160 characters. */
function oneLine(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 160 ? `${flat.slice(0, 159)}…` : flat;
}

function httpError(response: Response, movedTo: string | null, withLogin: boolean, said = ''): FeedFetchError {
  const status = response.status;
  const statusLine = `HTTP ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  // The page's own words, unless they only repeat the status ("403 Forbidden", "Not Found").
  const own = said && !statusLine.toLowerCase().includes(said.toLowerCase().replace(/^\d{3}\s*/, '')) ? said : '';
  const text = own ? `${statusLine} (${own.startsWith('Cloudflare') || own.startsWith('a bot check') ? own : `"${own}"`})` : statusLine;
  if (status === 410) return new FeedFetchError(`${text}: the publisher has removed this feed`, { status, gone: true, movedTo });
  const challenge = loginChallenge(response.headers.get('www-authenticate') ?? '');
  const scheme = challenge?.scheme;
  // Which login: the realm names it (a site can have several), so the operator knows which user and password to ask for.
  const realm = challenge?.realm ? ` for the realm "${challenge.realm}"` : '';
  // Some servers refuse a feed that wants a login with 403 rather than 401; the challenge they send with it says which.
  const wantsLogin = status === 401 || (status === 403 && Boolean(scheme));
  if (wantsLogin && scheme && !/^basic$/i.test(scheme)) {
    return new FeedFetchError(`${text}: the feed wants a ${scheme} login${realm} (WWW-Authenticate), which wirebrief cannot send: it sends HTTP Basic logins only (https://user:password@…); ask the publisher for a feed URL with its key in it`, { status, movedTo });
  }
  if (wantsLogin) {
    const what = scheme ? `${scheme} login${realm}` : 'login';
    const why = withLogin ? `the feed refused its ${what} (add it again as https://user:password@… with the right one)` : `the feed wants a ${what}: add it as https://user:password@…`;
    return new FeedFetchError(`${text}: ${why}`, { status, movedTo });
  }
  if (status === 429 || status === 503) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), response.headers.get('date'));
    const wait = retryAfterMs === null ? '' : retryAfterMs > DAY_MS ? `; asked to retry after more than a day (${humanDuration(DAY_MS)} at most is waited)` : `; asked to retry after ${humanDuration(retryAfterMs)}`;
    return new FeedFetchError(`${text}${wait}`, { status, retryAfterMs, movedTo });
  }
  return new FeedFetchError(text, { status, movedTo });
}

/** The longest realm shown: a server's own words, kept to a line. */
const LONGEST_REALM = 100;

/**
 * The login a WWW-Authenticate header asks for: its scheme and realm, Basic's when it offers Basic among others
 * ("Bearer realm=\"api\", Basic realm=\"wire\""), else the first challenge's; null when it names none. A bare word
 * is a scheme, `name=value` (value quoted or not) a parameter of the scheme before it.
 */
export function loginChallenge(header: string): { scheme: string; realm: string | null } | null {
  const challenges: { scheme: string; realm: string | null }[] = [];
  for (const m of header.matchAll(/([!#$%&'*+.^`|~\w-]+)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]*))?/g)) {
    const [, name, value] = m;
    if (value === undefined) challenges.push({ scheme: name!, realm: null });
    else if (/^realm$/i.test(name!) && challenges.length && challenges.at(-1)!.realm === null) {
      const bare = value.startsWith('"') ? value.slice(1, -1).replace(/\\(.)/g, '$1') : value;
      const line = bare.replace(/\s+/g, ' ').trim();
      challenges.at(-1)!.realm = line ? (line.length > LONGEST_REALM ? `${line.slice(0, LONGEST_REALM - 1)}…` : line) : null;
    }
  }
  return challenges.find((c) => /^basic$/i.test(c.scheme)) ?? challenges[0] ?? null;
}

/** Retry-After: delta-seconds, or an HTTP date (measured against the server's own Date when it sends one). */
export function parseRetryAfter(value: string | null, serverDate: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const v = singleValue(value.trim())!;
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  // Only an HTTP date ("Fri, 27 Nov 2026 06:00:00 GMT") is a date: Date.parse reads "-120" as the year -120.
  if (!/[a-z]{3}/i.test(v)) return null;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return null;
  const reference = serverDate ? Date.parse(serverDate) : NaN;
  return Math.max(0, at - (Number.isNaN(reference) ? now : reference));
}

/**
 * Last-Modified, unless it is in the future (a server with its clock or its files' dates wrong):
 * sent back as If-Modified-Since, such a date makes servers that compare dates ("not modified
 * since 2100") answer 304 to every poll until then, and the feed would look quiet for ever.
 */
function pastLastModified(response: Response, now = Date.now()): string | null {
  const value = response.headers.get('last-modified');
  if (!value) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const serverNow = Date.parse(response.headers.get('date') ?? '');
  return at > (Number.isNaN(serverNow) ? now : Math.max(serverNow, now)) + 60_000 ? null : value;
}

/**
 * How much longer the answer stays fresh: its lifetime (max-age, else Expires less Date) less the time a cache in
 * between has already kept it (Age, RFC 9111 4.2.3): a CDN's copy served an hour into its hour is stale now.
 */
function freshFor(response: Response): number | null {
  const cc = response.headers.get('cache-control') ?? '';
  if (/\b(?:no-store|no-cache)\b/i.test(cc)) return null;
  const age = /^\s*(\d+)/.exec(response.headers.get('age') ?? '');
  const kept = age ? Number(age[1]) * 1000 : 0;
  const maxAge = /\b(?:s-maxage|max-age)\s*=\s*"?(\d+)/i.exec(cc);
  if (maxAge) return Math.max(0, Number(maxAge[1]) * 1000 - kept);
  const expires = response.headers.get('expires');
  if (!expires) return null;
  const at = Date.parse(expires);
  if (Number.isNaN(at)) return null;
  const date = Date.parse(response.headers.get('date') ?? '');
  // Without a Date, Expires is measured from now, which has the Age in it already.
  return Math.max(0, Number.isNaN(date) ? at - Date.now() : at - date - kept);
}

/** zlib's (Z_DATA_ERROR …) and brotli's (ERR__ERROR_FORMAT_…) errors, as undici passes them on while unpacking a body. */
function isDecodingError(error: unknown): boolean {
  const code = (error as { code?: string })?.code ?? (error as { cause?: { code?: string } })?.cause?.code ?? '';
  return /^Z_|^ERR__ERROR_|^ERR_BROTLI/.test(code);
}

/** The proxy a URL is fetched through, if any (not for a host NO_PROXY lists, whose failures are its own). */
function proxyOf(url: string, proxy: FeedProxy | null | undefined): URL | null {
  const through = proxyFor(url, proxy);
  try {
    return through ? new URL(through) : null;
  } catch {
    return null;
  }
}

type NetworkCause = { code?: string; message?: string; address?: string; port?: number; hostname?: string; host?: string; cert?: { subjectaltname?: string; subject?: { CN?: string } } };

/** Whether a failed connection was to the proxy (a host NO_PROXY lists is fetched directly, and its failures are its own). */
function isProxyFailure(cause: NetworkCause | undefined, proxy: URL): boolean {
  if (!cause) return false;
  if (cause.hostname !== undefined) return cause.hostname === proxy.hostname;
  const port = Number(proxy.port || (proxy.protocol === 'https:' ? 443 : 80));
  return cause.port === port && (isIP(proxy.hostname) === 0 || cause.address === proxy.hostname);
}

/** The messages of an error and its causes, innermost last (undici wraps a proxy's answer two deep). */
function causeMessages(error: unknown): string {
  const messages: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) messages.push(String(e.message ?? ''));
  return messages.join(' / ');
}

/** A connection reset or closed under the request (not refused, not timed out, not a name or a certificate that failed). */
function isConnectionCut(error: unknown): boolean {
  const code = (error as { cause?: NetworkCause })?.cause?.code ?? (error as { code?: string })?.code ?? '';
  return code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE';
}

function describeNetworkError(error: unknown, url: string, proxy: URL | null = null): string {
  const cause = (error as { cause?: NetworkCause })?.cause;
  if (proxy) {
    const refusal = /Proxy response \((\d+)\)/.exec(causeMessages(error));
    if (refusal) return `the proxy ${proxy.host} answered HTTP ${refusal[1]} instead of connecting to ${safeHost(url)}`;
    // The proxy's own user and password (HTTP_PROXY=http://user:pw@proxy:3128) never go into a message.
    if (isProxyFailure(cause, proxy)) return `${describeNetworkError(error, `${proxy.protocol}//${proxy.host}/`).replace(proxy.host, `the proxy ${proxy.host}`)} (fetching ${safeHost(url)})`;
  }
  if (cause instanceof PrivateAddressError) return cause.message;
  // undici's whole word for a port the fetch standard blocks is "bad port".
  const blocked = /\bbad port\b/.test(causeMessages(error)) ? blockedPortReason(url) : null;
  if (blocked) return blocked;
  const host = safeHost(url);
  const code = cause?.code ?? (error as { code?: string })?.code ?? '';
  const message = cause?.message ?? (error instanceof Error ? error.message : String(error));
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NODATA') return `DNS: could not resolve ${host} (${code})`;
  if (code === 'ECONNREFUSED') return `${host} refused the connection`;
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET') return `the connection to ${host} was cut (${code})`;
  if (code === 'UND_ERR_RES_CONTENT_LENGTH_MISMATCH') return `${host} answered with a body whose length is not what its Content-Length header says (a length given twice, or beside Transfer-Encoding: chunked): the feed was not read`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT') return `could not connect to ${host} within ${CONNECT_TIMEOUT_MS / 1000} s`;
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH') return `${host} is unreachable (${code})`;
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return `TLS: ${wrongHost(cause!, url)} (${host})`;
  if (/CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(code) || /certificate|tls|ssl/i.test(message)) return `TLS: ${tlsWords(message, url)} (${host})`;
  return `could not fetch ${url}: ${message}${code ? ` (${code})` : ''}`;
}

/**
 * A certificate for other names, with the names it is for: Node's own line ("IP: 127.0.0.1 is not in the cert's
 * list: ") leaves the list empty when the certificate names hosts only, which sends the operator nowhere.
 */
function wrongHost(cause: NetworkCause, url: string): string {
  const names = (cause.cert?.subjectaltname ?? '')
    .split(/,\s*/)
    .map((n) => n.replace(/^(?:DNS|IP Address):/i, ''))
    .filter((n) => n && !/^[A-Z ]+:/.test(n));
  const listed = names.length > 0 ? names : cause.cert?.subject?.CN ? [cause.cert.subject.CN] : [];
  const asked = cause.host ?? new URL(url).hostname;
  const shown = listed.length > 6 ? `${listed.slice(0, 6).join(', ')} and ${listed.length - 6} more` : listed.join(', ');
  return shown ? `the server’s certificate is for ${shown}, not ${asked}` : `the server’s certificate is not for ${asked}`;
}

/**
 * OpenSSL's own lines ("807C…:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/…")
 * as words: the reason alone, and what it usually means for the commonest ones.
 */
function tlsWords(message: string, url: string): string {
  const m = /:error:[0-9A-F]+:[^:]*:[^:]*:([^:]+)/i.exec(message);
  const reason = (m ? m[1]! : message).replace(/\s+/g, ' ').trim();
  if (/wrong version number|packet length too long|http request/i.test(reason)) {
    return `the server does not speak TLS (https) there but plain HTTP (OpenSSL: ${reason}): try ${url.replace(/^https:/, 'http:')}`;
  }
  return reason;
}

function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function humanDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 120) return `${s} s`;
  if (s < 7200) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1).replace(/\.0$/, '')} h`;
}
