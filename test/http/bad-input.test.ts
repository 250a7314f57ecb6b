import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFeedByUrl } from '../../src/feeds/store.js';
import { startService } from '../../src/service.js';
import { findSubscriberByEmail } from '../../src/subscribers/store.js';
import { freePort } from '../helpers/feed-server.js';
import { deletePrefix, REDIS_URL, testConfig } from '../helpers/redis.js';
import { ADMIN_HEADERS as admin, startTestService, type TestService } from '../helpers/service.js';
import { waitFor } from '../helpers/wait.js';

/**
 * Odd input thrown at every route of the real server: each gets a 4xx that
 * says what was wrong (`{error}` from the API, a page from the pages), never
 * a 500, and nothing of a refused request is stored.
 */

let app: TestService;
const ctx = () => app.service.runtime.ctx;
const send = (method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
  fetch(`${app.base}${path}`, { method, headers, body, redirect: 'manual' });
const json = { 'content-type': 'application/json' };
const form = { 'content-type': 'application/x-www-form-urlencoded', 'sec-fetch-site': 'same-origin' };
const b64url = (s: string) => Buffer.from(s).toString('base64url');

async function errorOf(res: Response): Promise<string> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as Record<string, unknown>;
  expect(Object.keys(body)).toEqual(['error']);
  return body.error as string;
}

async function pageText(res: Response): Promise<string> {
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  return (await res.text()).replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
}

/** The subscriber an accepted request stored: the mail worker stores it after the answer. */
const stored = (email: string) => waitFor(() => findSubscriberByEmail(ctx(), email), `the subscriber ${email} to be stored`);

async function formToken(): Promise<string> {
  const html = await (await app.get('/')).text();
  return /name="form_token" value="([^"]+)"/.exec(html)![1]!;
}

beforeAll(async () => {
  // A worker too: the mail worker stores a subscription request after the API has answered it.
  app = await startTestService('http-bad-input', { PUBLIC_RATE_LIMIT: '10000', SUBSCRIBE_LIMIT_PER_IP: '10000' }, ['api', 'worker']);
});
afterAll(async () => {
  await app?.close();
});

describe('links with a token given twice or far too long', () => {
  const long = 'a'.repeat(2000);
  const cases: [string, string][] = [];
  for (const path of ['/confirm', '/manage', '/unsubscribe']) {
    cases.push(['GET', `${path}?token=a&token=b`], ['GET', `${path}?token=${long}`]);
  }
  cases.push(['POST', '/manage?token=a&token=b'], ['POST', `/unsubscribe?token=a&token=b`], ['POST', `/unsubscribe?token=${long}`]);

  it.each(cases)('%s %s: the "link does not work" page, 400', async (method, path) => {
    const res = await send(method, path, method === 'POST' ? 'List-Unsubscribe=One-Click' : undefined, method === 'POST' ? form : {});
    expect(res.status).toBe(400);
    expect(await pageText(res)).toMatch(/This link does not work.*Nothing was changed/);
  });
});

describe('GET /api/stories with odd parameters', () => {
  const cases: [string, RegExp][] = [
    // A cursor that decodes but whose offset Redis cannot take.
    [`cursor=${b64url('1:99999999999999999999999')}`, /^cursor is not one this API gave out/],
    [`cursor=${b64url(`${'9'.repeat(400)}:1`)}`, /^cursor is not one this API gave out/],
    ['limit=0x10', /^limit: must be a whole number from 1 to 500$/],
    ['limit=1e2', /^limit: must be a whole number from 1 to 500$/],
    ['limit=5.5', /^limit: must be a whole number from 1 to 500$/],
    ['limit=NaN', /^limit: must be a whole number from 1 to 500$/],
    ['limit=', /^limit: must be a whole number from 1 to 500$/],
    ['limit=1&limit=2', /^limit: given more than once/],
    ['topic=defence&topic=diplomacy', /^topic: given more than once/],
    ['since=2026-02-01&since=2026-02-02', /^since: given more than once/],
    ['since=2026-02-30T00:00:00Z', /^since: must be an ISO 8601 time/],
    ['since=2026-02-29', /^since: must be an ISO 8601 time/],
    ['cursor=', /^cursor: must be the `next` value/],
    ['feed=nope', /^feed: not a URL: "nope"/],
  ];

  it.each(cases)('?%s: 400 saying what is wrong', async (query, message) => {
    const res = await app.get(`/api/stories?${query}`);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(message);
  });

  it('still takes a real leap day and a plain limit', async () => {
    expect((await app.get('/api/stories?since=2024-02-29&limit=500')).status).toBe(200);
  });
});

describe('admin feeds: intervals and URLs that could never work', () => {
  it('refuses an interval past a day with a 400, and stores nothing', async () => {
    const url = 'https://interval.example.org/rss';
    for (const intervalMinutes of [1e12, 1441, 0, 1.5, '5']) {
      const res = await app.post('/api/admin/feeds', { url, intervalMinutes }, admin);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toBe('intervalMinutes: must be a whole number of minutes from 1 to 1440 (a day)');
    }
    expect(await findFeedByUrl(ctx(), url)).toBeNull();
    expect((await app.post('/api/admin/feeds', { url, intervalMinutes: 1440 }, admin)).status).toBe(201);
  });

  it('keeps an OPML file’s huge interval within a day, so the feed list still answers', async () => {
    const opml = '<opml version="2.0"><body><outline xmlUrl="https://huge.example.org/rss" wirebrief:intervalMinutes="1000000000000"/></body></opml>';
    const res = await send('POST', '/api/admin/feeds/opml', opml, { authorization: admin.authorization, 'content-type': 'text/x-opml' });
    expect(res.status).toBe(200);
    expect((await findFeedByUrl(ctx(), 'https://huge.example.org/rss'))?.intervalMinutes).toBe(1440);
    const list = await app.get('/api/admin/feeds', admin);
    expect(list.status).toBe(200);
  });

  it('reads an OPML file sent in UTF-16 with a byte order mark, as exporters on Windows write it', async () => {
    const opml = '<?xml version="1.0" encoding="UTF-16"?><opml version="2.0"><body><outline text="Désk" xmlUrl="https://utf16.example.org/rss"/></body></opml>';
    const body = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(opml, 'utf16le')]);
    const res = await fetch(`${app.base}/api/admin/feeds/opml`, { method: 'POST', headers: { authorization: admin.authorization, 'content-type': 'text/x-opml' }, body });
    expect(res.status).toBe(200);
    expect((await findFeedByUrl(ctx(), 'https://utf16.example.org/rss'))?.title).toBe('Désk');
  });

  it('keeps a feed’s login apart from its URL: answers and lists show the user name, never the password, nor does Redis in clear', async () => {
    const res = await app.post('/api/admin/feeds', { url: 'https://reader:s3cret@private.example.org/rss' }, admin);
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toContain('s3cret');
    expect(JSON.parse(text).feed).toMatchObject({ url: 'https://private.example.org/rss', login: 'reader' });
    const list = await app.get('/api/admin/feeds', admin);
    const listed = await list.text();
    expect(listed).not.toContain('s3cret');
    expect((JSON.parse(listed) as { feeds: { url: string; login: string | null }[] }).feeds.find((f) => f.url === 'https://private.example.org/rss')?.login).toBe('reader');
    const opml = await (await app.get('/api/admin/feeds/opml', admin)).text();
    expect(opml).toContain('https://private.example.org/rss');
    expect(opml).not.toContain('reader:');
    const feed = (await findFeedByUrl(ctx(), 'https://private.example.org/rss'))!;
    const raw = Object.values(await ctx().redis.hgetall(`${ctx().config.prefix}:feed:${feed.id}`)).join(' ');
    expect(raw).not.toContain('s3cret');
    expect(raw).toContain('v3.');
  });

  it('names the field and what it should be when the body is not a feed', async () => {
    const cases: [string | undefined, Record<string, string>, RegExp][] = [
      [undefined, { authorization: admin.authorization }, /^body: send a JSON object such as \{"url"/],
      ['{}', admin, /^url: required: the feed URL$/],
      ['{"url":["https://a.example.org/rss"]}', admin, /^url: must be a string: the feed URL$/],
      [JSON.stringify({ url: `https://a.example.org/${'a'.repeat(3000)}` }), admin, /^url: longer than 2048 characters/],
    ];
    for (const [body, headers, message] of cases) {
      const res = await send('POST', '/api/admin/feeds', body, headers);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatch(message);
    }
    for (const [body, message] of [
      ['{}', /^opml: required: the OPML file as a string$/],
      ['{"opml":["<opml/>"]}', /^opml: must be a string: the OPML file$/],
    ] as const) {
      const res = await send('POST', '/api/admin/feeds/opml', body, admin);
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatch(message);
    }
  });
});

describe('requests no route takes, and bodies no parser reads', () => {
  const cases: [string, string, string | undefined, Record<string, string>, number, RegExp][] = [
    ['GET', '/api/nope', undefined, {}, 404, /^no route GET \/api\/nope$/],
    ['PUT', '/api/subscribe', '{}', json, 405, /^PUT is not allowed on \/api\/subscribe: use POST$/],
    ['GET', '/api/admin/feeds/poll', undefined, admin, 405, /^GET is not allowed on \/api\/admin\/feeds\/poll: use POST$/],
    ['DELETE', '/api/stories', undefined, {}, 405, /^DELETE is not allowed on \/api\/stories: use GET or HEAD$/],
    ['GET', '/api/subscribe/more', undefined, {}, 404, /^no route GET \/api\/subscribe\/more$/],
    ['GET', '/api/stories/%ZZ', undefined, {}, 400, /not valid percent-encoding/],
    ['GET', `/feeds/${'a'.repeat(3000)}.xml`, undefined, {}, 414, /^the path is too long$/],
    ['POST', '/api/subscribe', '<a/>', { 'content-type': 'application/xml' }, 415, /^Content-Type application\/xml is not accepted here/],
    ['POST', '/api/admin/feeds', 'x', { ...admin, 'content-type': 'foo/bar' }, 415, /^Content-Type foo\/bar is not accepted here/],
    ['POST', '/api/subscribe', '{', json, 400, /^the body is not valid JSON \(at character 2\)$/],
    ['POST', '/api/subscribe', '{"email": x@y}', json, 400, /^the body is not valid JSON \(unexpected "x"\)$/],
    ['POST', '/api/subscribe', '', json, 400, /^the body is empty: send a JSON object$/],
    ['POST', '/api/subscribe', '{"__proto__":{"a":1},"email":"proto@example.org","topics":["defence"]}', json, 400, /__proto__ or constructor\.prototype/],
    ['POST', '/api/admin/feeds', '{"url":"https://p.example.org/rss","constructor":{"prototype":{}}}', admin, 400, /__proto__ or constructor\.prototype/],
    // The same keys written with JSON escapes: JSON.parse decodes them to the very keys refused above.
    ['POST', '/api/subscribe', String.raw`{"\u005f_proto__":{"a":1},"email":"proto@example.org","topics":["defence"]}`, json, 400, /__proto__ or constructor\.prototype/],
    ['POST', '/api/admin/feeds', String.raw`{"url":"https://p.example.org/rss","constructo\u0072":{"prototype":{}}}`, admin, 400, /__proto__ or constructor\.prototype/],
    ['POST', '/api/admin/feeds', String.raw`{"url":"https://p.example.org/rss","\u005F\u005Fproto\u005F\u005F":{}}`, admin, 400, /__proto__ or constructor\.prototype/],
    // Nested deeper than the call stack goes: the check walks it without recursion.
    ['POST', '/api/admin/feeds', `${'['.repeat(30000)}{"__proto__":1}${']'.repeat(30000)}`, admin, 400, /__proto__ or constructor\.prototype/],
  ];

  it.each(cases)('%s %s (case %#): a 4xx {error} naming the problem', async (method, path, body, headers, status, message) => {
    const res = await send(method, path, body, headers);
    expect(res.status).toBe(status);
    expect(await errorOf(res)).toMatch(message);
  });

  it('names the methods a path takes in Allow when the method is wrong (405), on pages too', async () => {
    const api = await send('PUT', '/api/subscribe', '{}', json);
    expect(api.headers.get('allow')).toBe('POST');
    const feed = await send('POST', '/feeds/defence.xml', '', {});
    expect(feed.status).toBe(405);
    expect(feed.headers.get('allow')).toBe('GET, HEAD');
    const page = await send('PUT', '/manage', '', {});
    expect(page.status).toBe(405);
    expect(page.headers.get('allow')).toBe('GET, HEAD, POST');
    expect(await pageText(page)).toMatch(/This page cannot be used that way/);
  });

  it('still takes a JSON body that starts with a byte order mark', async () => {
    const res = await send('POST', '/api/subscribe', '\uFEFF{"email":"bom@example.org","topics":["defence"]}', json);
    expect(res.status).toBe(202);
  });

  it('answers a person on the pages with a page, not JSON', async () => {
    const missing = await app.get('/no-such-page');
    expect(missing.status).toBe(404);
    expect(await pageText(missing)).toMatch(/Page not found/);
    // Outside the pages' plugin, yet with the same locks as every page.
    expect(missing.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/);
    expect(missing.headers.get('x-frame-options')).toBe('DENY');
    expect(missing.headers.get('referrer-policy')).toBe('same-origin');
    const garbled = await app.get('/confirm%ZZ');
    expect(garbled.status).toBe(400);
    expect(await pageText(garbled)).toMatch(/This address is not valid/);
    const xml = await send('POST', '/', '<a/>', { 'content-type': 'application/xml' });
    expect(xml.status).toBe(415);
    expect(await pageText(xml)).toMatch(/takes form posts from the page only/);
  });
});

describe('POST /api/subscribe: fields of the wrong type or form', () => {
  const base = { topics: ['defence'] };
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['an address given as a list', { ...base, email: ['list@example.org'] }, /^email: must be the address/],
    ['an address given as a number', { ...base, email: 42 }, /^email: must be the address/],
    ['an address far too long', { ...base, email: `${'a'.repeat(400)}@example.org` }, /^email: longer than 320 characters/],
    ['a bidi override in the address', { ...base, email: 'ab\u202e@example.org' }, /control or invisible character/],
    ['a zero-width space in the address', { ...base, email: 'a\u200bb@example.org' }, /control or invisible character/],
    ['topics as numbers', { email: 'topics@example.org', topics: [1] }, /^topics: must be a list of topic ids/],
    ['an hour too large for JSON numbers', { ...base, email: 'inf@example.org', hour: '__INF__' }, /^hour: must be a whole hour from 0 to 23$/],
    ['an hour in hex', { ...base, email: 'hex@example.org', hour: '0x10' }, /^hour must be a whole hour from 0 to 23/],
    ['an hour as a list', { ...base, email: 'list-hour@example.org', hour: [5] }, /^hour: must be a whole hour from 0 to 23$/],
    ['a weekday in exponent form', { ...base, email: 'exp@example.org', frequency: 'weekly', weekday: '3e0' }, /^weekday must be 1 \(Monday\) to 7/],
    ['a frequency as an object', { ...base, email: 'freq@example.org', frequency: {} }, /^frequency: must be "daily" or "weekly"$/],
  ];

  it.each(cases)('%s: 400 naming the field, nothing stored', async (_name, body, message) => {
    const text = JSON.stringify(body).replace('"__INF__"', '1e400');
    const res = await send('POST', '/api/subscribe', text, json);
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatch(message);
    const email = typeof body.email === 'string' && !/[\u200b\u202e]/.test(body.email) && body.email.length < 254 ? body.email : null;
    if (email) expect(await findSubscriberByEmail(ctx(), email)).toBeNull();
  });

  it('takes null for an optional field as "not given"', async () => {
    const res = await app.post('/api/subscribe', { email: 'nulls@example.org', topics: ['defence'], hour: null, timezone: null });
    expect(res.status).toBe(202);
    expect((await stored('nulls@example.org')).hour).toBe(7);
  });
});

describe('POST /: a field sent twice is refused by what was sent, not replaced by the default', () => {
  it('hour twice: 400 naming both values, nothing stored', async () => {
    const body = new URLSearchParams([
      ['form_token', await formToken()],
      ['email', 'twice@example.org'],
      ['topics', 'defence'],
      ['hour', '5'],
      ['hour', '9'],
    ]).toString();
    const res = await send('POST', '/', body, form);
    expect(res.status).toBe(400);
    expect(await pageText(res)).toMatch(/hour must be a whole hour from 0 to 23 \(got &quot;5,9&quot;\)/);
    expect(await findSubscriberByEmail(ctx(), 'twice@example.org')).toBeNull();
  });
});

describe('POST /: topics as the JSON API takes them', () => {
  it('reads one topics field written "a;b" or "a,b" as two topics, as POST /api/subscribe does', async () => {
    for (const [email, topics] of [['form-semi@example.org', 'defence;diplomacy'], ['form-comma@example.org', 'Defence, diplomacy']] as const) {
      const body = new URLSearchParams([['form_token', await formToken()], ['email', email], ['topics', topics]]).toString();
      const res = await send('POST', '/', body, form);
      expect(res.status, await pageText(res)).toBe(200);
      expect((await stored(email)).topics).toEqual(['defence', 'diplomacy']);
      const api = await app.post('/api/subscribe', { email: email.replace('form-', 'api-'), topics });
      expect(api.status).toBe(202);
      expect((await stored(email.replace('form-', 'api-'))).topics).toEqual(['defence', 'diplomacy']);
    }
  });
});

describe('POST /api/subscribe: an hour written as the page shows it', () => {
  it('takes "07:00" and "18:00" as hours 7 and 18, and refuses a time off the hour naming it', async () => {
    for (const [email, hour, want] of [['hour-0700@example.org', '07:00', 7], ['hour-1800@example.org', '18:00', 18]] as const) {
      const res = await app.post('/api/subscribe', { email, topics: ['sport'], hour });
      expect(res.status, await res.text()).toBe(202);
      expect((await stored(email)).hour).toBe(want);
    }
    const off = await app.post('/api/subscribe', { email: 'hour-0730@example.org', topics: ['sport'], hour: '07:30' });
    expect(off.status).toBe(400);
    expect(await errorOf(off)).toMatch(/hour must be a whole hour from 0 to 23 \(got "07:30"\)/);
  });
});

describe('bounce webhook: log lines at info level and above never carry a whole address', () => {
  it('masks the address where a provider quotes it in its description or SMTP reply', async () => {
    const lines: { level: number; [k: string]: unknown }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as { level: number });
        done();
      },
    });
    const port = await freePort();
    const config = testConfig('http-bad-input-log', { PORT: String(port), BOUNCE_WEBHOOK_TOKEN: 'bounce-token-0123456789abcdef' });
    const service = await startService(config, ['api'], { log: pino({ level: 'info' }, sink) });
    try {
      const post = (body: unknown) =>
        fetch(`http://127.0.0.1:${port}/api/webhooks/bounce`, {
          method: 'POST',
          headers: { authorization: 'Bearer bounce-token-0123456789abcdef', 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const postmark = await post({ RecordType: 'Bounce', Type: 'HardBounce', Email: 'ravi.kumar@example.in', Description: 'ravi.kumar@example.in bounced: mailbox unknown' });
      expect(postmark.status).toBe(200);
      const sendgrid = await post([{ event: 'bounce', email: 'asha.rao@example.org', reason: '550 5.1.1 <asha.rao@example.org>: Recipient address rejected' }]);
      expect(sendgrid.status).toBe(200);
      const soft = await post({ email: 'mira.das@example.net', type: 'soft-bounce', reason: '452 mailbox of mira.das@example.net full' });
      expect(soft.status).toBe(200);
      const logged = lines.filter((l) => l.level >= 30).map((l) => JSON.stringify(l));
      expect(logged.some((l) => l.includes('r***@example.in bounced'))).toBe(true);
      expect(logged.some((l) => l.includes('<a***@example.org>'))).toBe(true);
      for (const address of ['ravi.kumar@example.in', 'asha.rao@example.org', 'mira.das@example.net']) {
        expect(logged.filter((l) => l.includes(address))).toEqual([]);
      }
    } finally {
      await service.close();
      const redis = new Redis(REDIS_URL);
      await deletePrefix(redis, config.prefix);
      await redis.quit();
    }
  });
});
