import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { enqueueEditionRun } from '../../jobs/enqueue.js';
import { scheduleFeed, unscheduleFeed } from '../../jobs/schedules.js';
import { buildOpml, importOpml, OpmlError } from '../feeds/opml.js';
import { pollFeed } from '../feeds/poll.js';
import { addFeed, findFeedByUrl, getFeed, listFeeds } from '../feeds/store.js';
import { requireAdmin } from './auth.js';
import { presentFeed } from './present.js';
import type { HttpDeps } from './server.js';

export function adminRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, queues } = deps;
  return async (app) => {
    app.addHook('onRequest', requireAdmin(ctx.config.adminToken));

    app.post('/feeds', async (request, reply) => {
      const body = z.object({ url: z.string().min(1), intervalMinutes: z.number().int().min(1).optional() }).parse(request.body);
      // Adding a feed that is there with another interval changes its interval.
      const { feed, created } = await addFeed(ctx, body.url, { intervalMinutes: body.intervalMinutes });
      // A new job scheduler runs its first poll at once, then every interval; upserting an existing one updates it.
      if (feed.status !== 'disabled') await scheduleFeed(queues, feed);
      return reply.code(created ? 201 : 200).send({ feed: presentFeed(feed), created });
    });

    app.get('/feeds', async () => ({ feeds: (await listFeeds(ctx)).map(presentFeed) }));

    // Polls in the request and answers with the outcome; a feed not yet known is added (and scheduled) first.
    app.post('/feeds/poll', async (request) => {
      const body = z.object({ url: z.string().min(1) }).parse(request.body);
      let feed = await findFeedByUrl(ctx, body.url);
      if (!feed) {
        feed = (await addFeed(ctx, body.url)).feed;
        await scheduleFeed(queues, feed);
      }
      const outcome = await pollFeed(ctx, deps.classify, feed.id);
      if (outcome.disabled) await unscheduleFeed(queues, feed.id);
      return { feed: presentFeed((await getFeed(ctx, feed.id)) ?? feed), outcome };
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
      opml.addContentTypeParser(['application/xml', 'text/xml', 'text/x-opml', 'application/x-opml', 'text/plain'], { parseAs: 'string', bodyLimit: 5 * 1024 * 1024 }, (_req, body, done) =>
        done(null, body),
      );
      opml.post('/feeds/opml', { bodyLimit: 5 * 1024 * 1024 }, async (request) => {
        const text = typeof request.body === 'string' ? request.body : z.object({ opml: z.string().min(1) }).parse(request.body).opml;
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

    app.post('/digests/run', async (_request, reply) => {
      await enqueueEditionRun(queues);
      return reply.code(202).send({ status: 'queued' });
    });
  };
}
