import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveStory } from '../../src/stories/store.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { makeStory } from '../helpers/stories.js';

/** Stories whose links carry a query string, to check the XML escapes it. */
const story = (id: string, title: string, topics: string[], at: string) => makeStory(id, title, topics, at, { link: `https://wire.example/news/${id}?a=1&b=2` });

describe('GET /feeds/<topic>.xml', () => {
  let app: TestService;

  beforeAll(async () => {
    app = await startTestService('topic-feeds', {}, ['api']);
    const { ctx } = app.service.runtime;
    await saveStory(ctx, story('a1', 'India & Italy <talk> defence', ['defence', 'diplomacy'], '2026-02-27T08:00:00Z'));
    await saveStory(ctx, story('a2', 'Navy commissions a frigate', ['defence'], '2026-02-27T10:00:00Z'));
    await saveStory(ctx, story('a3', 'Ranji Trophy final', ['sport'], '2026-02-27T09:00:00Z'));
  });

  afterAll(() => app?.close());

  it('is valid RSS 2.0 of the topic’s latest stories, newest first, with caching headers', async () => {
    const res = await app.get('/feeds/defence.xml');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]+"$/);
    // Last-Modified: when the newest story was first seen.
    expect(res.headers.get('last-modified')).toBe(new Date(Date.parse('2026-02-27T10:01:00Z')).toUTCString());
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\s*<rss version="2\.0"/);
    const feed = await new Parser().parseString(xml);
    expect(feed.title).toContain('Defence');
    expect(feed.items.map((i) => i.title)).toEqual(['Navy commissions a frigate', 'India & Italy <talk> defence']);
    expect(feed.items[1]).toMatchObject({
      link: 'https://wire.example/news/a1?a=1&b=2',
      guid: 'https://wire.example/news/a1?a=1&b=2',
      isoDate: '2026-02-27T08:00:00.000Z',
      // The description is HTML: the plain-text summary arrives escaped.
      content: 'India &amp; Italy &lt;talk&gt; defence — summary.',
    });
    expect(feed.items.some((i) => i.title === 'Ranji Trophy final')).toBe(false);
  });

  it('answers 304 to a conditional request, by ETag or by date, and 200 when the feed changed', async () => {
    const first = await app.get('/feeds/defence.xml');
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const byEtag = await app.get('/feeds/defence.xml', { 'if-none-match': etag });
    expect(byEtag.status).toBe(304);
    expect(byEtag.headers.get('etag')).toBe(etag);
    expect(await byEtag.text()).toBe('');
    expect((await app.get('/feeds/defence.xml', { 'if-modified-since': lastModified })).status).toBe(304);
    expect((await app.get('/feeds/defence.xml', { 'if-none-match': '"something-else"' })).status).toBe(200);

    await saveStory(app.service.runtime.ctx, story('a4', 'Army exercise in Rajasthan', ['defence'], '2026-02-27T11:00:00Z'));
    const changed = await app.get('/feeds/defence.xml', { 'if-none-match': etag });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).toContain('Army exercise in Rajasthan');
  });

  it('serves an empty but valid feed for a topic with no stories yet', async () => {
    const res = await app.get('/feeds/health.xml');
    expect(res.status).toBe(200);
    const xml = await res.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect((await new Parser().parseString(xml)).items).toEqual([]);
  });

  it('redirects a topic named in another case to its one lower-case URL (301), which feed readers then keep', async () => {
    for (const name of ['Defence.xml', 'DEFENCE.xml', 'defence.XML']) {
      const res = await fetch(`${app.base}/feeds/${name}`, { redirect: 'manual' });
      expect(res.status, name).toBe(301);
      expect(res.headers.get('location'), name).toBe('/feeds/defence.xml');
    }
    const followed = await app.get('/feeds/Defence.xml');
    expect(followed.status).toBe(200);
    expect(await followed.text()).toBe(await (await app.get('/feeds/defence.xml')).text());
    expect((await fetch(`${app.base}/feeds/Gossip.xml`, { redirect: 'manual' })).status).toBe(404);
  });

  it('reads ?topic= of /api/stories in any case, as the subscribe API does', async () => {
    const lower = await (await app.get('/api/stories?topic=defence')).json();
    const mixed = await app.get('/api/stories?topic=Defence');
    expect(mixed.status).toBe(200);
    expect(await mixed.json()).toEqual(lower);
  });

  it('answers 404 for an unknown topic or a name that is not <topic>.xml', async () => {
    const res = await app.get('/feeds/gossip.xml');
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: string }).error).toMatch(/no topic feed gossip\.xml; topics are .*defence\.xml/);
    expect((await app.get('/feeds/defence.json')).status).toBe(404);
  });
});
