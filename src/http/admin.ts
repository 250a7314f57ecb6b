import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { scheduleFeed, unscheduleFeed } from '../../jobs/schedules.js';
import { decodeFeedBody } from '../feeds/charset.js';
import { buildOpml, importOpml, OpmlError } from '../feeds/opml.js';
import { FeedFetchError } from '../feeds/fetch.js';
import { FeedParseError } from '../feeds/parse.js';
import { pollFeed } from '../feeds/poll.js';
import { fetchAndPreview, NotAFeedError } from '../feeds/preview.js';
import { addFeed, disableFeed, enableFeed, findFeedByUrl, getFeed, listFeeds, MAX_INTERVAL_MINUTES, MIN_INTERVAL_MINUTES, readFeedAddress, removeFeed } from '../feeds/store.js';
import { removeStory } from '../stories/removal.js';
import { getStory } from '../stories/store.js';
import { collectStatus } from '../status.js';
import { requireAdmin } from './auth.js';
import { presentFeed, presentStory } from './present.js';
import type { HttpDeps } from './server.js';

/** Longer than any real feed URL; past it the request is junk, not a feed. */
const MAX_URL_LENGTH = 2048;
const JSON_ONLY = 'send a JSON object such as {"url": "https://example.org/rss.xml"} with Content-Type: application/json';

const feedUrl = z
  .string({ error: (issue) => (issue.input === undefined ? 'required: the feed URL' : 'must be a string: the feed URL') })
  .min(1, 'required: the feed URL')
  .max(MAX_URL_LENGTH, `longer than ${MAX_URL_LENGTH} characters: not a feed URL`);

const intervalMinutes = z
  .number({ error: `must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} (a day)` })
  .int(`must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} (a day)`)
  .min(MIN_INTERVAL_MINUTES, `must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} (a day)`)
  .max(MAX_INTERVAL_MINUTES, `must be a whole number of minutes from ${MIN_INTERVAL_MINUTES} to ${MAX_INTERVAL_MINUTES} (a day)`);

const addFeedBody = z.object({ url: feedUrl, intervalMinutes: intervalMinutes.optional() }, { error: JSON_ONLY });
const pollFeedBody = z.object({ url: feedUrl }, { error: JSON_ONLY });
const PAUSE_REASON = 'must be text of 1 to 200 characters: why the feed is paused, shown as its lastError';
const pauseFeedBody = z.object({ reason: z.string({ error: PAUSE_REASON }).trim().min(1, PAUSE_REASON).max(200, PAUSE_REASON).optional() }, { error: JSON_ONLY });
const TRY_LIMIT = 'must be a whole number of stories from 1 to 500';
const tryFeedBody = z.object({ url: feedUrl, limit: z.number({ error: TRY_LIMIT }).int(TRY_LIMIT).min(1, TRY_LIMIT).max(500, TRY_LIMIT).optional() }, { error: JSON_ONLY });
const opmlJsonBody = z.object(
  { opml: z.string({ error: (issue) => (issue.input === undefined ? 'required: the OPML file as a string' : 'must be a string: the OPML file') }).min(1, 'required: the OPML file as a string') },
  { error: 'send the OPML file as the body (Content-Type: text/x-opml or application/xml), or JSON {"opml": "..."}' },
);

/** A feed id as feedIdFor makes it (12 hex digits), as `id` in GET /api/admin/feeds. */
const feedParams = z.object({ id: z.string().regex(/^[0-9a-f]{12}$/, 'must be a feed id: 12 hex digits, as `id` in GET /api/admin/feeds') });

/** A story id as storyIdFor makes it: anything else names no story, and is refused before Redis is asked. */
const storyParams = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'must be a story id: 16 hex digits, as `id` in GET /api/stories') });

/** The answer for an id that names no feed (removed, or never added). */
const noFeed = (id: string) => ({ error: `no feed ${id}: give an id from GET /api/admin/feeds` });

export function adminRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, queues } = deps;
  return async (app) => {
    app.addHook('onRequest', requireAdmin(ctx));

    app.post('/feeds', async (request, reply) => {
      const body = addFeedBody.parse(request.body);
      // Adding a feed that is there with another interval changes its interval.
      const { feed, created, loginChanged, warning } = await addFeed(ctx, body.url, { intervalMinutes: body.intervalMinutes });
      // A new job scheduler runs its first poll at once, then every interval; upserting an existing one updates it.
      if (feed.status !== 'disabled') await scheduleFeed(queues, feed);
      return reply.code(created ? 201 : 200).send({ feed: presentFeed(feed), created, loginChanged, warning });
    });

    app.get('/feeds', async () => ({ feeds: (await listFeeds(ctx)).map(presentFeed) }));

    // As `wirebrief feeds remove`: polled no more and forgotten; its stories stay (those another feed carries become that feed's).
    app.delete('/feeds/:id', async (request, reply) => {
      const { id } = feedParams.parse(request.params);
      const feed = await getFeed(ctx, id);
      if (!feed) return reply.code(404).send(noFeed(id));
      await unscheduleFeed(queues, id);
      if (!(await removeFeed(ctx, id))) return reply.code(404).send(noFeed(id));
      request.log.info({ feedId: id, url: feed.url }, 'feed removed');
      return { removed: presentFeed(feed) };
    });

    // As `wirebrief feeds pause`: polled no more until resumed; its stories stay, and the reason shows as its lastError.
    app.post('/feeds/:id/pause', async (request, reply) => {
      const { id } = feedParams.parse(request.params);
      const { reason } = pauseFeedBody.parse(request.body ?? {});
      if (!(await getFeed(ctx, id))) return reply.code(404).send(noFeed(id));
      await unscheduleFeed(queues, id);
      const paused = await disableFeed(ctx, id, reason ?? 'paused by operator');
      request.log.info({ feedId: id }, 'feed paused');
      return { feed: presentFeed(paused!) };
    });

    // As `wirebrief feeds resume`: a paused, gone (410) or failing feed is polled again at once, its errors forgotten.
    app.post('/feeds/:id/resume', async (request, reply) => {
      const { id } = feedParams.parse(request.params);
      const resumed = await enableFeed(ctx, id);
      if (!resumed) return reply.code(404).send(noFeed(id));
      await scheduleFeed(queues, resumed);
      request.log.info({ feedId: id }, 'feed resumed');
      return { feed: presentFeed(resumed) };
    });

    // Polls in the request and answers with the outcome; a feed not yet known is added (and scheduled) first.
    app.post('/feeds/poll', async (request) => {
      const body = pollFeedBody.parse(request.body);
      // A login given with a feed already known replaces its login (as POST /feeds does).
      let feed = await findFeedByUrl(ctx, body.url);
      let loginChanged = false;
      let warning: string | null = null;
      if (!feed || readFeedAddress(body.url).login) {
        const added = await addFeed(ctx, body.url);
        ({ feed, loginChanged, warning } = added);
        if (added.created) await scheduleFeed(queues, feed);
      }
      const outcome = await pollFeed(ctx, deps.classify, feed.id);
      if (outcome.disabled) await unscheduleFeed(queues, feed.id);
      return { feed: presentFeed((await getFeed(ctx, feed.id)) ?? feed), outcome, loginChanged, warning };
    });

    // What a poll would make of a feed, storing nothing: a check before adding it (as `wirebrief feeds try`).
    app.post('/feeds/try', async (request, reply) => {
      const body = tryFeedBody.parse(request.body);
      const address = readFeedAddress(body.url);
      try {
        const preview = await fetchAndPreview(deps.classify, address.url, ctx.config, ctx.now(), address.login);
        return { ...preview, stories: preview.stories.slice(0, body.limit ?? 50) };
      } catch (error) {
        if (error instanceof NotAFeedError) return reply.code(422).send({ error: error.message, feeds: error.feeds });
        if (error instanceof FeedParseError) return reply.code(422).send({ error: error.message });
        if (error instanceof FeedFetchError) return reply.code(502).send({ error: error.message });
        throw error;
      }
    });

    app.get('/feeds/opml', async (_request, reply) => {
      const feeds = await listFeeds(ctx);
      return reply
        .type('text/x-opml; charset=utf-8')
        .header('content-disposition', 'attachment; filename="wirebrief-feeds.opml"')
        .send(buildOpml(feeds, ctx.now()));
    });

    app.register(async (opml) => {
      // OPML comes as XML (or as {"opml": "..."} in JSON); files of a few thousand feeds are larger than the API's usual body limit.
      // Read as bytes and decoded as feeds are (byte order mark, charset, XML prolog): OPML files come in UTF-16 too.
      opml.addContentTypeParser(['application/xml', 'text/xml', 'text/x-opml', 'application/x-opml', 'text/plain'], { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 }, (request, body, done) =>
        done(null, decodeFeedBody(body as Buffer, request.headers['content-type']).text),
      );
      opml.post('/feeds/opml', { bodyLimit: 5 * 1024 * 1024 }, async (request) => {
        const text = typeof request.body === 'string' ? request.body : opmlJsonBody.parse(request.body).opml;
        let result;
        try {
          result = await importOpml(ctx, text);
        } catch (error) {
          throw error instanceof OpmlError ? Object.assign(error, { statusCode: 400 }) : error;
        }
        for (const feed of result.toSchedule) if (feed.status !== 'disabled') await scheduleFeed(queues, feed);
        return { added: result.added, existing: result.existing, invalid: result.invalid, feeds: (await listFeeds(ctx)).map(presentFeed) };
      });
    });

    // As `wirebrief stories remove`: out of every list, topic and digest; back only if its feed entry changes.
    app.delete('/stories/:id', async (request, reply) => {
      const { id } = storyParams.parse(request.params);
      const story = await getStory(ctx, id);
      // Read first to answer with what went; a removal by someone else in between is still "no such story".
      if (!story || !(await removeStory(ctx, id))) return reply.code(404).send({ error: `no story ${id}: give an id from GET /api/stories` });
      request.log.info({ story: id, cluster: story.cluster, feedId: story.feedId }, 'story removed by hand');
      return { removed: presentStory(story) };
    });

    // What `wirebrief status --json` prints, for monitoring that reads JSON.
    app.get('/status', async () => collectStatus(ctx, queues));

    app.post('/digests/run', async (_request, reply) => {
      await enqueueEditionRun(queues);
      return reply.code(202).send({ status: 'queued' });
    });
  };
}
