import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { Feed } from 'feed';
import fresh from 'fresh';
import { escapeHtml } from '../html.js';
import { listStories, type Story } from '../stories/store.js';
import { findTopicId, type Taxonomy } from '../topics/taxonomy.js';
import type { HttpDeps } from './server.js';

/** Stories in a topic feed: what a reader's app shows, and what keeps the file small. */
export const TOPIC_FEED_SIZE = 50;
const MAX_AGE_S = 300;

/**
 * `GET /feeds/<topic>.xml`: the latest stories of a topic as RSS 2.0, cleaned
 * as in the digests. A topic named in another case (`/feeds/Sport.xml`) is
 * answered with a 301 to its lower-case URL, the feed's own id and self link:
 * feed readers update a subscription on a permanent redirect, so each feed
 * stays one subscription with one cache, not two copies of the same items.
 * Otherwise the body depends only on the stories, so its hash is a
 * strong ETag; Last-Modified is when the newest of them was first seen.
 */
export function topicFeedRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, taxonomy } = deps;
  return async (app) => {
    app.get<{ Params: { file: string } }>('/feeds/:file', async (request, reply) => {
      const named = /^(.+)\.xml$/i.exec(request.params.file)?.[1];
      const topic = named === undefined ? null : findTopicId(taxonomy, named);
      if (!topic) {
        return reply.code(404).send({ error: `no topic feed ${request.params.file}; topics are ${taxonomy.ids.map((t) => `${t}.xml`).join(', ')}` });
      }
      // One URL per feed: a reader given /feeds/Sport.xml is sent, permanently, to the URL the feed names as its own.
      if (request.params.file !== `${topic}.xml`) return reply.header('cache-control', 'public, max-age=86400').redirect(`/feeds/${topic}.xml`, 301);
      const stories = await listStories(ctx, { topic, limit: TOPIC_FEED_SIZE });
      const body = renderTopicFeed(taxonomy, topic, stories, ctx.config.publicUrl);
      const lastSeen = stories.reduce((max, s) => Math.max(max, s.seenAt || 0), 0);
      const headers: Record<string, string> = {
        etag: `"${createHash('sha1').update(body).digest('base64url')}"`,
        'cache-control': `public, max-age=${MAX_AGE_S}`,
        ...(lastSeen > 0 ? { 'last-modified': new Date(lastSeen).toUTCString() } : {}),
      };
      reply.headers(headers);
      // The origin validates whatever the request's Cache-Control says: `no-cache`
      // (sent by fetch() and by browsers on reload) is addressed to caches, not to us.
      const conditions = { 'if-none-match': request.headers['if-none-match'], 'if-modified-since': request.headers['if-modified-since'] };
      if (fresh(conditions, headers)) return reply.code(304).send();
      return reply.type('application/rss+xml; charset=utf-8').send(body);
    });
  };
}

export function renderTopicFeed(taxonomy: Taxonomy, topicId: string, stories: Story[], publicUrl: string): string {
  const topic = taxonomy.byId.get(topicId)!;
  const lastSeen = stories.reduce((max, s) => Math.max(max, s.seenAt || 0), 0);
  const feed = new Feed({
    title: `wirebrief · ${topic.label}`,
    description: topic.description,
    id: `${publicUrl}/feeds/${topicId}.xml`,
    link: `${publicUrl}/`,
    language: 'en',
    generator: 'wirebrief',
    ttl: MAX_AGE_S / 60,
    feedLinks: { rss: `${publicUrl}/feeds/${topicId}.xml` },
    // The newest story's first sighting, not "now": the same stories give the same bytes.
    updated: new Date(lastSeen || 0),
  });
  for (const story of stories) {
    feed.addItem({
      title: story.title,
      // A story with no page of its own has no <link>; its guid is then its id here, so readers still tell items apart.
      id: story.link || `wirebrief-story:${story.id}`,
      link: story.link, // '' writes no <link>
      guid: story.link || `wirebrief-story:${story.id}`,
      date: new Date(story.published),
      // RSS descriptions are HTML; the summary is plain text, so it is escaped.
      description: escapeHtml(story.summary || story.text.slice(0, 400)),
      category: story.topics.map((t) => ({ name: taxonomy.byId.get(t.id)?.label ?? t.id })),
    });
  }
  return feed.rss2();
}
