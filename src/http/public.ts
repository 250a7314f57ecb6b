import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { enqueueConfirmation } from '../../jobs/enqueue.js';
import { listStories } from '../stories/store.js';
import { confirmSubscription, subscribe } from '../subscribers/lifecycle.js';
import { escapeHtml, page } from './pages.js';
import { presentStory } from './present.js';
import type { HttpDeps } from './server.js';

const subscribeBody = z.object({
  email: z.string().trim().min(3).max(254),
  topics: z.array(z.string()).min(1, 'choose at least one topic').max(50),
});

const storiesQuery = z.object({
  topic: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** The same answer for a new, pending, active or unsubscribed address: no enumeration. */
const SUBSCRIBE_ANSWER = { status: 'pending', message: 'Check your inbox: we sent a link to confirm the subscription.' };

export function publicRoutes(deps: HttpDeps): FastifyPluginAsync {
  const { ctx, taxonomy, queues } = deps;
  return async (app) => {
    app.get('/api/topics', async () => ({
      topics: taxonomy.topics.map((t) => ({ id: t.id, label: t.label, description: t.description, iptc: t.iptc })),
    }));

    app.post('/api/subscribe', async (request, reply) => {
      const body = subscribeBody.parse(request.body);
      const { subscriber, confirm } = await subscribe(ctx, taxonomy, body);
      if (confirm) await enqueueConfirmation(queues, subscriber.id);
      return reply.code(202).send(SUBSCRIBE_ANSWER);
    });

    app.get('/confirm', async (request, reply) => {
      const { token } = z.object({ token: z.string().default('') }).parse(request.query);
      const result = await confirmSubscription(ctx, token);
      reply.type('text/html; charset=utf-8');
      if (!result.ok) {
        return reply
          .code(400)
          .send(page('This link does not work', `<p>The confirmation link is ${escapeHtml(describe(result.reason))}. Subscribe again to get a fresh one.</p>`));
      }
      return page('Subscription confirmed', `<p>Thank you. Your first digest arrives with the next edition.</p>`);
    });

    app.get('/api/stories', async (request) => {
      const q = storiesQuery.parse(request.query);
      if (q.topic && !taxonomy.byId.has(q.topic)) {
        const error = new Error(`unknown topic ${q.topic}; valid topics are ${taxonomy.ids.join(', ')}`);
        Object.assign(error, { statusCode: 400 });
        throw error;
      }
      const stories = await listStories(ctx, { topic: q.topic, limit: q.limit });
      return { stories: stories.map(presentStory) };
    });
  };
}

function describe(reason: string): string {
  switch (reason) {
    case 'expired':
      return 'out of date';
    case 'unsubscribed':
      return 'for an address that has since unsubscribed';
    default:
      return 'not valid';
  }
}
